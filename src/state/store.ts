import { create, type StateCreator } from 'zustand';
import { bindEvaluationStore, deriveEvaluation } from './derive-evaluation';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createEditorSlice, syncOpenReadiness, type EditorSlice } from './editor-slice';
import { createEvaluationSlice, type EvaluationSlice } from './evaluation-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createRunSlice, type RunSlice } from './run-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createVerifySlice, type VerifySlice } from './verify-slice';

export type WorkbenchState = DraftsSlice &
  EditorSlice &
  EvaluationSlice &
  ImportSlice &
  RunSlice &
  StorageSlice &
  SyncSlice &
  VerifySlice;

type Patch = Partial<WorkbenchState> | ((state: WorkbenchState) => Partial<WorkbenchState>);

/**
 * Every update, from any slice or from outside (setState), passes through here: the evaluation is
 * derived from the updated state and written in the same update, so no reader ever sees a plan with
 * an evaluation of another plan, and the engine runs once per change.
 */
const withDerivedEvaluation =
  (slices: StateCreator<WorkbenchState>): StateCreator<WorkbenchState> =>
  (set, get, api) => {
    const setDerived = (patch: Patch) => {
      const prev = get();
      const partial = typeof patch === 'function' ? patch(prev) : patch;
      const derived = deriveEvaluation(prev, { ...prev, ...partial });
      set(derived ? { ...partial, ...derived } : partial);
    };
    api.setState = setDerived;
    bindEvaluationStore(api);
    return slices(setDerived, get, api);
  };

export const useWorkbench = create<WorkbenchState>()(
  withDerivedEvaluation((...args) => ({
    ...createDraftsSlice(...args),
    ...createEditorSlice(...args),
    ...createEvaluationSlice(...args),
    ...createImportSlice(...args),
    ...createRunSlice(...args),
    ...createStorageSlice(...args),
    ...createSyncSlice(...args),
    ...createVerifySlice(...args),
  })),
);

useWorkbench.subscribe(syncOpenReadiness);
