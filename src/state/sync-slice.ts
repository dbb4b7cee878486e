import type { StateCreator } from 'zustand';
import { openAutosaver } from './editor-slice';
import { getServices } from './services';
import type { WorkbenchState } from './store';
import { listenToOtherTabs } from './tab-sync';

export type SyncSlice = {
  tabSyncStarted: () => () => void;
  /** Conflict: write this tab's version over the other tab's newer one. */
  conflictKeptMine: () => Promise<void>;
  /** Conflict: drop this tab's unsaved edits and show the newer saved version. */
  conflictTookTheirs: () => Promise<void>;
};

export const createSyncSlice: StateCreator<WorkbenchState, [], [], SyncSlice> = (set, get) => {
  const reloadOpenDraft = async () => {
    const id = get().openDraftId;
    if (!id) return;
    const loaded = await getServices().drafts.load(id);
    if (!loaded.ok || get().openDraftId !== id) return;
    set({
      plan: loaded.plan,
      unsavedFields: loaded.unsaved,
      revision: loaded.revision,
      lastSavedAt: loaded.updatedAt,
      saveStatus: 'saved',
      saveMessage: null,
      planGeneration: get().planGeneration + 1,
    });
  };

  return {
    tabSyncStarted: () =>
      listenToOtherTabs((id, revision) => {
        if (get().drafts !== null) void get().draftsRequested();
        if (get().openDraftId !== id || revision <= get().revision) return;
        // Nothing unsaved here: show the other tab's edit. Unsaved edits here: never drop them silently.
        if (get().saveStatus === 'saved') void reloadOpenDraft();
        else
          set({
            saveStatus: 'conflict',
            saveMessage:
              'This draft was changed in another tab while you were editing it here. Choose which version to keep.',
          });
      }),

    conflictKeptMine: async () => {
      const id = get().openDraftId;
      const plan = get().plan;
      if (!id || !plan) return;
      const loaded = await getServices().drafts.load(id);
      if (loaded.ok) set({ revision: loaded.revision });
      set({ saveStatus: 'pending', saveMessage: null });
      const saver = openAutosaver();
      saver?.schedule({ plan, unsaved: get().unsavedFields });
      await saver?.flush();
    },

    conflictTookTheirs: async () => {
      openAutosaver()?.cancel();
      await reloadOpenDraft();
    },
  };
};
