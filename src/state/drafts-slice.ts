import type { StateCreator } from 'zustand';
import type { DraftRecord, DraftSummary } from '../persistence';
import { CHECKING_SUMMARY } from './readiness';
import { refreshStoredReadiness } from './readiness-refresh';
import { getServices } from './services';
import type { WorkbenchState } from './store';
import { PLAN_TEMPLATES, templateUrl } from './templates';

export const EXAMPLE_PLAN_URL = '/examples/orders-bigint.json';

/** Rows on one page of the drafts list; the first page is read before all the others. */
export const DRAFTS_PAGE_SIZE = 25;

export type DraftsSlice = {
  /** Every draft's summary, once read; sorting and filtering work on these. */
  drafts: DraftSummary[] | null;
  /** On the first visit, until `drafts` arrives: the newest page and the total, to show at once. */
  draftsFirstPage: { drafts: DraftSummary[]; total: number } | null;
  draftsError: string | null;
  /** The last deleted draft, kept so the person can undo. */
  recentlyDeleted: DraftRecord | null;
  draftsRequested: () => Promise<void>;
  blankDraftCreated: () => Promise<string | null>;
  exampleDraftCreated: () => Promise<string | null>;
  /** A new draft from one of PLAN_TEMPLATES: a fresh copy with its own id and creation time. */
  templateDraftCreated: (templateId: string) => Promise<string | null>;
  draftRenamed: (id: string, title: string) => Promise<void>;
  draftDuplicated: (id: string) => Promise<string | null>;
  draftDeleted: (id: string) => Promise<void>;
  draftDeleteUndone: () => Promise<void>;
  /** Every draft in one file, for safekeeping or for moving to another browser. */
  draftsBackedUp: () => Promise<string | null>;
  backupRestored: (text: string) => Promise<RestoreOutcome>;
};

export type RestoreOutcome =
  | {
      ok: true;
      added: string[];
      unchanged: string[];
      copies: string[];
      rejected: Array<{ index: number; message: string }>;
    }
  | { ok: false; message: string };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const createDraftsSlice: StateCreator<WorkbenchState, [], [], DraftsSlice> = (set, get) => {
  const guarded = async <T>(work: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await work();
      set({ draftsError: null });
      return result;
    } catch (err) {
      set({ draftsError: `Your drafts could not be read or written: ${message(err)}` });
      return null;
    }
  };
  const refresh = async () => {
    const drafts = await getServices().drafts.list();
    set({ drafts, draftsFirstPage: null });
    void catchUpReadiness(drafts);
  };
  /**
   * Drafts stored without a verdict (new, imported, restored, or saved while their SQL was being
   * checked) get one in the background, the open draft excepted: its store writes its own.
   */
  let catchingUp = false;
  const catchUpReadiness = async (drafts: readonly DraftSummary[]) => {
    if (catchingUp) return;
    const open = get().openDraftId;
    const ids = drafts
      .filter((d) => d.id !== open && (!d.readiness || d.readiness.checking))
      .map((d) => d.id);
    if (ids.length === 0) return;
    catchingUp = true;
    try {
      const written = await refreshStoredReadiness(ids);
      if (written > 0) set({ drafts: await getServices().drafts.list() });
    } catch {
      // The list keeps saying "checking SQL…" for these; the next visit tries again.
    } finally {
      catchingUp = false;
    }
  };
  /**
   * A shipped plan file (the example, a template) as a new draft of its own. A template's plan takes the
   * browser's time zone like a blank one; the example keeps its file's (its times were written in UTC).
   */
  const draftFromFile = async (url: string, what: string, browserZone = false) => {
    const { drafts, newId, now, fetchText, timeZone } = getServices();
    const { loadPlanText } = await import('../domain/load');
    const { inTimeZone } = await import('../domain/defaults');
    const loaded = loadPlanText(await fetchText(url));
    if (!loaded.ok) throw new Error(`${what} is invalid: ${loaded.error.message}`);
    // Each copy is a draft of its own, so it gets a fresh id and creation time.
    const copy = { ...loaded.plan, id: newId(), createdAt: now().toISOString() };
    const plan = browserZone ? inTimeZone(copy, timeZone?.()) : copy;
    // Its verdict is worked out in the background once the list shows it (catchUpReadiness).
    await drafts.create(plan, CHECKING_SUMMARY);
    await refresh();
    return plan.id;
  };

  return {
    drafts: null,
    draftsFirstPage: null,
    draftsError: null,
    recentlyDeleted: null,

    draftsRequested: async () => {
      // Coming back from the editor, the last keystrokes may still be in the autosave debounce:
      // write them first, so the list never shows a stale title.
      await get().editorFlushed();
      await guarded(async () => {
        // First visit: the newest page is on screen while the rest is read (1,000 drafts take a while).
        if (get().drafts === null)
          set({ draftsFirstPage: await getServices().drafts.listNewest(DRAFTS_PAGE_SIZE) });
        await refresh();
      });
    },

    blankDraftCreated: () =>
      guarded(async () => {
        const { drafts, newId, now, timeZone } = getServices();
        const { createBlankPlan } = await import('../domain/defaults');
        const plan = createBlankPlan({ id: newId(), now: now(), timeZone: timeZone?.() });
        await drafts.create(plan, CHECKING_SUMMARY);
        await refresh();
        return plan.id;
      }),

    exampleDraftCreated: () => guarded(() => draftFromFile(EXAMPLE_PLAN_URL, 'the built-in example')),

    templateDraftCreated: (templateId) =>
      guarded(() => {
        const template = PLAN_TEMPLATES.find((t) => t.id === templateId);
        if (!template) throw new Error(`there is no template "${templateId}"`);
        return draftFromFile(templateUrl(template), `the template “${template.name}”`, true);
      }),

    draftRenamed: async (id, title) => {
      await guarded(async () => {
        await getServices().drafts.rename(id, title);
        await refresh();
      });
    },

    draftDuplicated: (id) =>
      guarded(async () => {
        const { drafts, newId } = getServices();
        const copy = await drafts.duplicate(id, newId());
        await refresh();
        return copy?.id ?? null;
      }),

    draftDeleted: async (id) => {
      await guarded(async () => {
        const removed = await getServices().drafts.remove(id);
        set({ recentlyDeleted: removed });
        await refresh();
      });
    },

    draftsBackedUp: () => guarded(() => getServices().drafts.backupAll()),

    backupRestored: async (text) => {
      const { drafts, newId } = getServices();
      try {
        // Each restored draft's verdict is worked out in the background once the list shows them.
        const report = await drafts.restoreBackup(text, newId, () => Promise.resolve(CHECKING_SUMMARY));
        await refresh();
        return 'error' in report ? { ok: false, message: report.error.message } : { ok: true, ...report };
      } catch (err) {
        return { ok: false, message: `The backup could not be restored: ${message(err)}` };
      }
    },

    draftDeleteUndone: async () => {
      const record = get().recentlyDeleted;
      if (!record) return;
      await guarded(async () => {
        await getServices().drafts.restore(record);
        set({ recentlyDeleted: null });
        await refresh();
      });
    },
  };
};
