import type { StateCreator } from 'zustand';
import type { Plan } from '../domain';
import {
  createAutosaver,
  type Autosaver,
  type LoadDraftResult,
  type AutosaveStatus,
  type ReadinessSummary,
  type UnsavedField,
  type UnsavedFields,
} from '../persistence';
import { CHECKING_SUMMARY, readinessSummary, sameVerdict } from './readiness';
import { getServices } from './services';
import { announceSaved } from './tab-sync';
import type { WorkbenchState } from './store';

/** Short enough that a crash loses under a second of typing, long enough to batch keystrokes. */
export const AUTOSAVE_DELAY_MS = 400;
export const SAVE_RETRY_MS = 3_000;
/** Continuous typing is written at least this often, so a crash loses under a second. */
export const AUTOSAVE_MAX_WAIT_MS = 800;

export type SaveStatus = AutosaveStatus | 'conflict';

/** What is written together: the plan, and the text of the fields the plan cannot hold yet. */
export type DraftState = { plan: Plan; unsaved: UnsavedFields };

export type EditorSlice = {
  plan: Plan | null;
  /** Fields whose typed text is invalid, by plan path: kept with the draft, shown by the save status. */
  unsavedFields: UnsavedFields;
  openDraftId: string | null;
  revision: number;
  editorError: string | null;
  saveStatus: SaveStatus;
  saveMessage: string | null;
  lastSavedAt: string | null;
  /** Bumped when the open plan is replaced from outside (another tab): forms remount with it. */
  planGeneration: number;
  draftOpened: (id: string) => Promise<void>;
  planEdited: (update: (plan: Plan) => Plan) => void;
  /**
   * A form's fields that the plan cannot hold (`rejected`, by plan path) and those it now holds again
   * (`accepted`): the draft keeps the typed text of the first until they are fixed.
   */
  fieldsChecked: (rejected: Readonly<Record<string, UnsavedField>>, accepted: readonly string[]) => void;
  editorFlushed: () => Promise<void>;
  editorClosed: () => void;
  /** A plan from a share link, shown (and evaluated) read-only: nothing is saved. */
  sharedPlanShown: (plan: Plan | null) => void;
};

let autosaver: Autosaver<DraftState> | null = null;

/** For the conflict actions: the open draft's pending save, to drop or to push again. */
export const openAutosaver = () => autosaver;

/** The open plan's fields for a draft as storage gave it: the plan, what it could not hold, and its version. */
export const openedDraft = (loaded: Extract<LoadDraftResult, { ok: true }>) => ({
  plan: loaded.plan,
  unsavedFields: loaded.unsaved,
  revision: loaded.revision,
  lastSavedAt: loaded.updatedAt,
});

const NO_FIELDS: UnsavedFields = {};

/** Text kept for a row (`…#<id>.field`) goes with the row: a deleted component leaves nothing behind. */
function dropRemovedItems(unsaved: UnsavedFields, plan: Plan): UnsavedFields {
  const keys = Object.keys(unsaved).filter((key) => key.includes('#'));
  if (keys.length === 0) return unsaved;
  const ids = new Set<string>();
  for (const c of plan.assessment.components) ids.add(c.id);
  for (const p of plan.execution.phases) {
    ids.add(p.id);
    for (const s of p.steps) ids.add(s.id);
    for (const c of p.integrityChecks) ids.add(c.id);
  }
  // `<list>#<id>.<field>`: the field has no dot, the id may.
  const gone = keys.filter((key) => !ids.has(key.slice(key.indexOf('#') + 1, key.lastIndexOf('.'))));
  if (gone.length === 0) return unsaved;
  const next = { ...unsaved };
  for (const key of gone) delete next[key];
  return next;
}

/**
 * The verdict stored with a save: the store's own evaluation when it is of this very plan and has
 * every SQL fact, else "checking SQL…" until the store's evaluation catches up (see readiness-sync).
 */
function readinessFor(state: WorkbenchState, plan: Plan): ReadinessSummary {
  if (state.evaluatedPlan !== plan || state.evaluationStatus !== 'ready' || !state.evaluation)
    return CHECKING_SUMMARY;
  return readinessSummary(state.evaluation, state.nowMs);
}

export const createEditorSlice: StateCreator<WorkbenchState, [], [], EditorSlice> = (set, get) => {
  const makeAutosaver = () =>
    createAutosaver<DraftState>({
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      onStatus: (status) => {
        if (get().saveStatus !== 'conflict') set({ saveStatus: status });
      },
      save: async ({ plan, unsaved }) => {
        const readiness = readinessFor(get(), plan);
        const outcome = await getServices().drafts.save(plan, {
          baseRevision: get().revision,
          readiness,
          unsaved,
        });
        if (outcome.ok) {
          set({ revision: outcome.revision, lastSavedAt: outcome.updatedAt, saveMessage: null });
          noteReadinessWritten(plan.id, outcome.revision, readiness);
          get().savedVersionSeen(plan.id, outcome.revision, plan);
          announceSaved(plan.id, outcome.revision);
          return true;
        }
        // Another tab saved first: merged with its version in sync-slice.ts, asking only about shared fields.
        if (outcome.reason === 'conflict') return get().saveConflicted();
        set({
          saveMessage: `Not saved: ${outcome.message} Your edits are kept in this tab; retrying in a few seconds.`,
        });
        // Quota frees up when the person deletes something or the browser evicts caches: try again,
        // with whatever the plan is by then, until it lands.
        setTimeout(() => {
          const latest = get().plan;
          if (latest && latest.id === plan.id && get().saveStatus === 'error')
            autosaver?.schedule({ plan: latest, unsaved: get().unsavedFields });
        }, SAVE_RETRY_MS);
        return false;
      },
    });

  /**
   * The read under way, if any: the page starts reading the draft it opens on while the screen's code
   * is still loading (app.tsx), and the screen asking again when it mounts joins that read.
   */
  let reading: { id: string; done: Promise<void> } | null = null;

  const scheduleSave = () => {
    const { plan, unsavedFields, openDraftId } = get();
    if (plan && openDraftId === plan.id) autosaver?.schedule({ plan, unsaved: unsavedFields });
  };

  const readDraft = async (id: string): Promise<void> => {
    await autosaver?.flush();
    autosaver = makeAutosaver();
    set({
      openDraftId: id,
      plan: null,
      unsavedFields: NO_FIELDS,
      editorError: null,
      saveStatus: 'saved',
      saveMessage: null,
    });
    try {
      const loaded = await getServices().drafts.load(id);
      // The plan's first evaluation and render in a task of their own, not the read's: on a
      // 10,000-component plan the parse and the first render take ~100 ms each, together over 200 ms.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (get().openDraftId !== id) return;
      if (!loaded.ok) {
        set({ editorError: loaded.error.message });
        return;
      }
      set(openedDraft(loaded));
      get().savedVersionSeen(id, loaded.revision, loaded.plan);
    } catch (err) {
      set({
        editorError: `The draft could not be read: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  };

  return {
    plan: null,
    unsavedFields: NO_FIELDS,
    openDraftId: null,
    revision: 0,
    editorError: null,
    saveStatus: 'saved',
    saveMessage: null,
    lastSavedAt: null,
    planGeneration: 0,

    draftOpened: (id) => {
      if (get().openDraftId === id && get().plan) return Promise.resolve();
      if (reading?.id === id) return reading.done;
      const done = readDraft(id).finally(() => {
        if (reading?.done === done) reading = null;
      });
      reading = { id, done };
      return done;
    },

    planEdited: (update) => {
      const current = get().plan;
      if (!current || get().openDraftId !== current.id) return;
      const next = update(current);
      if (next === current) return;
      const unsaved = get().unsavedFields;
      const kept = dropRemovedItems(unsaved, next);
      set(kept === unsaved ? { plan: next } : { plan: next, unsavedFields: kept });
      scheduleSave();
    },

    fieldsChecked: (rejected, accepted) => {
      const current = get().unsavedFields;
      let next: Record<string, UnsavedField> | null = null;
      for (const path of accepted) {
        if (!(path in current) || path in rejected) continue;
        next ??= { ...current };
        delete next[path];
      }
      for (const [path, field] of Object.entries(rejected)) {
        const held = current[path];
        if (held && held.raw === field.raw && held.message === field.message && held.label === field.label)
          continue;
        next ??= { ...current };
        next[path] = field;
      }
      if (!next) return;
      set({ unsavedFields: next });
      scheduleSave();
    },

    editorFlushed: async () => {
      await autosaver?.flush();
    },

    editorClosed: () => {
      reading = null;
      void autosaver?.flush();
      set({ openDraftId: null, plan: null, unsavedFields: NO_FIELDS, editorError: null });
    },

    sharedPlanShown: (plan) => {
      if (get().openDraftId !== null) {
        reading = null;
        void autosaver?.flush();
        set({ openDraftId: null });
      }
      set({ plan, unsavedFields: NO_FIELDS, editorError: null });
    },
  };
};

/** The verdict last written for the open draft, so that the same one is not written twice. */
let written: { id: string; revision: number; readiness: ReadinessSummary } | null = null;

function noteReadinessWritten(id: string, revision: number, readiness: ReadinessSummary): void {
  written = { id, revision, readiness };
}

/**
 * Keeps the drafts list's verdict of the open draft equal to the editor's: when the store's evaluation
 * is final (every SQL fact in) and nothing is waiting to be saved, the stored verdict is brought up to
 * date if it says something else. A derived value, so it is written beside the plan, not as an edit.
 */
export function syncOpenReadiness(state: WorkbenchState): void {
  const { plan, openDraftId, evaluation, evaluationStatus, evaluatedPlan, saveStatus, revision, nowMs } =
    state;
  if (!plan || !evaluation || openDraftId !== plan.id || evaluatedPlan !== plan) return;
  if (evaluationStatus !== 'ready' || saveStatus !== 'saved' || revision === 0) return;
  const readiness = readinessSummary(evaluation, nowMs);
  if (
    written &&
    written.id === plan.id &&
    written.revision === revision &&
    sameVerdict(written.readiness, readiness)
  )
    return;
  noteReadinessWritten(plan.id, revision, readiness);
  void getServices()
    .drafts.saveReadiness(plan.id, revision, readiness)
    .catch(() => {
      // The list keeps its older verdict; the next change tries again.
      written = null;
    });
}
