import type { StateCreator } from 'zustand';
import type { Plan } from '../domain';
import type { ConflictChoice, ConflictView } from '../domain/plan-merge';
import { openAutosaver, openedDraft } from './editor-slice';
import { answerOtherTabs, tabShowsDraft } from '../persistence';
import { getServices } from './services';
import type { WorkbenchState } from './store';
import { listenToOtherTabs } from './tab-sync';

/** Fields both this tab and another changed since their common version, waiting for the person's choice. */
export type MergeConflictState = {
  theirsRevision: number;
  theirs: Plan;
  fields: ConflictView[];
};

export type SyncSlice = {
  /**
   * The saved version this tab's edits started from (opened, saved here, or taken from another tab): the
   * base of the three-way merge when another tab saved in between.
   */
  mergeBase: { id: string; revision: number; plan: Plan } | null;
  /** While set, nothing is saved: the other tab's version of these fields must not be lost unseen. */
  mergeConflict: MergeConflictState | null;
  /** What this tab took from another tab's save, said once ("Title"). */
  mergeNotice: string | null;
  tabSyncStarted: () => () => void;
  /** The editor opened or saved this revision of the draft: later merges start from it. */
  savedVersionSeen: (id: string, revision: number, plan: Plan) => void;
  /** The editor's save found a newer revision: merge with it. True when the merge needs no question. */
  saveConflicted: () => Promise<boolean>;
  /** The person chose a side for each conflicting field (by path); the merge is saved. */
  conflictResolved: (choices: Readonly<Record<string, ConflictChoice>>) => Promise<void>;
  mergeNoticeDismissed: () => void;
};

// Loaded with the merge, not in the first load: it brings zod's plan schema.
const planMerge = () => import('../domain/plan-merge');

export const createSyncSlice: StateCreator<WorkbenchState, [], [], SyncSlice> = (set, get, api) => {
  const generationIf = (changed: boolean) => get().planGeneration + (changed ? 1 : 0);

  /**
   * Three-way merge of this tab's plan with the newest saved one, from the version this tab started from.
   * Edits to different fields both stay; fields both changed become a question and nothing is saved until
   * it is answered.
   */
  const mergeWithSaved = async (): Promise<boolean> => {
    const id = get().openDraftId;
    if (!id || !get().plan) return false;
    const [loaded, merge] = await Promise.all([getServices().drafts.load(id), planMerge()]);
    const mine = get().plan;
    if (get().openDraftId !== id || !mine) return false;
    if (!loaded.ok) {
      set({
        saveStatus: 'conflict',
        saveMessage: `This draft was changed elsewhere and cannot be read back (${loaded.error.message}). Your edits are kept in this tab.`,
      });
      return false;
    }
    if (loaded.revision <= get().revision) return false;
    const base = get().mergeBase;
    const result = merge.mergePlans(base?.id === id ? base.plan : null, mine, loaded.plan);
    const changedHere = !merge.samePlan(result.plan, mine);
    if (result.conflicts.length > 0) {
      const n = result.conflicts.length;
      set({
        plan: result.plan,
        planGeneration: generationIf(changedHere),
        saveStatus: 'conflict',
        saveMessage:
          `This draft was also changed in another tab. Its other changes are merged in here; ` +
          `${n === 1 ? 'one field was' : `${n} fields were`} changed in both tabs: choose which to keep.`,
        mergeConflict: {
          theirsRevision: loaded.revision,
          theirs: loaded.plan,
          fields: result.conflicts.map(merge.conflictView),
        },
      });
      return false;
    }
    const saver = openAutosaver();
    // Text typed into invalid fields is kept from both tabs; this tab's wins where both kept some.
    const unsaved = { ...loaded.unsaved, ...get().unsavedFields };
    const nothingToSave =
      merge.samePlan(result.plan, loaded.plan) &&
      Object.keys(unsaved).length === Object.keys(loaded.unsaved).length;
    set({
      plan: result.plan,
      unsavedFields: unsaved,
      planGeneration: generationIf(changedHere),
      revision: loaded.revision,
      mergeBase: { id, revision: loaded.revision, plan: loaded.plan },
      mergeConflict: null,
      mergeNotice: merge.mergeNotice(result.theirsTaken) ?? get().mergeNotice,
      saveStatus: nothingToSave ? 'saved' : 'pending',
      saveMessage: null,
    });
    if (nothingToSave) saver?.cancel();
    else saver?.schedule({ plan: result.plan, unsaved });
    return true;
  };

  /** Nothing unsaved here: show the other tab's save as it is, unless typing began while it loaded. */
  const reloadOpenDraft = async () => {
    const id = get().openDraftId;
    const before = get().plan;
    if (!id) return;
    const loaded = await getServices().drafts.load(id);
    if (!loaded.ok || get().openDraftId !== id || loaded.revision <= get().revision) return;
    if (get().plan !== before || get().saveStatus !== 'saved') {
      await mergeWithSaved();
      return;
    }
    set({
      ...openedDraft(loaded),
      mergeBase: { id, revision: loaded.revision, plan: loaded.plan },
      saveStatus: 'saved',
      saveMessage: null,
      planGeneration: get().planGeneration + 1,
    });
  };

  return {
    mergeBase: null,
    mergeConflict: null,
    mergeNotice: null,

    tabSyncStarted: () => {
      const stopSync = listenToOtherTabs((id, revision) => {
        if (get().drafts !== null) void get().draftsRequested();
        if (get().openDraftId !== id || revision <= get().revision) return;
        // Unsaved edits here (or an open question) are merged with the other tab's, never dropped.
        if (get().saveStatus === 'saved' && !get().mergeConflict) void reloadOpenDraft();
        else void mergeWithSaved();
      });
      // This tab says who it is when a tab whose database upgrade is blocked asks (open-database.ts).
      const stopAnswering = answerOtherTabs(getServices().now());
      const stopNaming = api.subscribe((s) => tabShowsDraft(s.plan?.title ?? null));
      return () => {
        stopSync();
        stopAnswering();
        stopNaming();
      };
    },

    savedVersionSeen: (id, revision, plan) => {
      const other = get().mergeBase?.id !== id;
      set({
        mergeBase: { id, revision, plan },
        ...(other ? { mergeConflict: null, mergeNotice: null } : {}),
      });
    },

    saveConflicted: mergeWithSaved,

    conflictResolved: async (choices) => {
      const id = get().openDraftId;
      const conflict = get().mergeConflict;
      const mine = get().plan;
      const base = get().mergeBase;
      if (!id || !conflict || !mine) return;
      const merge = await planMerge();
      const result = merge.mergePlans(
        base?.id === id ? base.plan : null,
        mine,
        conflict.theirs,
        new Map(Object.entries(choices)),
      );
      // A field that became a conflict after the question was drawn is asked about, not decided for them.
      if (result.conflicts.some((c) => !(c.path in choices))) {
        set({ mergeConflict: { ...conflict, fields: result.conflicts.map(merge.conflictView) } });
        return;
      }
      set({
        plan: result.plan,
        planGeneration: get().planGeneration + 1,
        revision: conflict.theirsRevision,
        mergeBase: { id, revision: conflict.theirsRevision, plan: conflict.theirs },
        mergeConflict: null,
        saveStatus: 'pending',
        saveMessage: null,
      });
      const saver = openAutosaver();
      saver?.schedule({ plan: result.plan, unsaved: get().unsavedFields });
      await saver?.flush();
    },

    mergeNoticeDismissed: () => set({ mergeNotice: null }),
  };
};
