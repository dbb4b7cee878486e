import type { StateCreator } from 'zustand';
import type { Plan } from '../domain';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../persistence';
import { readinessOf } from './readiness';
import { getServices } from './services';
import { announceSaved } from './tab-sync';
import type { WorkbenchState } from './store';

/** Short enough that a crash loses under a second of typing, long enough to batch keystrokes. */
export const AUTOSAVE_DELAY_MS = 400;
export const SAVE_RETRY_MS = 3_000;
/** Continuous typing is written at least this often, so a crash loses under a second. */
export const AUTOSAVE_MAX_WAIT_MS = 800;

export type SaveStatus = AutosaveStatus | 'conflict';

export type EditorSlice = {
  plan: Plan | null;
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
  editorFlushed: () => Promise<void>;
  editorClosed: () => void;
};

let autosaver: Autosaver<Plan> | null = null;

/** For the conflict actions: the open draft's pending save, to drop or to push again. */
export const openAutosaver = () => autosaver;

export const createEditorSlice: StateCreator<WorkbenchState, [], [], EditorSlice> = (set, get) => {
  const makeAutosaver = () =>
    createAutosaver<Plan>({
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      onStatus: (status) => {
        if (get().saveStatus !== 'conflict') set({ saveStatus: status });
      },
      save: async (plan) => {
        const outcome = await getServices().drafts.save(plan, {
          baseRevision: get().revision,
          readiness: await readinessOf(plan, getServices().now()),
        });
        if (outcome.ok) {
          set({ revision: outcome.revision, lastSavedAt: outcome.updatedAt, saveMessage: null });
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
          if (latest && latest.id === plan.id && get().saveStatus === 'error') autosaver?.schedule(latest);
        }, SAVE_RETRY_MS);
        return false;
      },
    });

  return {
    plan: null,
    openDraftId: null,
    revision: 0,
    editorError: null,
    saveStatus: 'saved',
    saveMessage: null,
    lastSavedAt: null,
    planGeneration: 0,

    draftOpened: async (id) => {
      if (get().openDraftId === id && get().plan) return;
      await autosaver?.flush();
      autosaver = makeAutosaver();
      set({ openDraftId: id, plan: null, editorError: null, saveStatus: 'saved', saveMessage: null });
      try {
        const loaded = await getServices().drafts.load(id);
        if (get().openDraftId !== id) return;
        if (!loaded.ok) {
          set({ editorError: loaded.error.message });
          return;
        }
        set({ plan: loaded.plan, revision: loaded.revision, lastSavedAt: loaded.updatedAt });
        get().savedVersionSeen(id, loaded.revision, loaded.plan);
      } catch (err) {
        set({
          editorError: `The draft could not be read: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    },

    planEdited: (update) => {
      const current = get().plan;
      if (!current) return;
      const next = update(current);
      if (next === current) return;
      set({ plan: next });
      autosaver?.schedule(next);
    },

    editorFlushed: async () => {
      await autosaver?.flush();
    },

    editorClosed: () => {
      void autosaver?.flush();
      set({ openDraftId: null, plan: null, editorError: null });
    },
  };
};
