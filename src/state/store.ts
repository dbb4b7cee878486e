import { create } from 'zustand';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createRunSlice, type RunSlice } from './run-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createVerifySlice, type VerifySlice } from './verify-slice';

export type WorkbenchState = DraftsSlice &
  EditorSlice &
  ImportSlice &
  RunSlice &
  StorageSlice &
  SyncSlice &
  VerifySlice;

export const useWorkbench = create<WorkbenchState>()((...args) => ({
  ...createDraftsSlice(...args),
  ...createEditorSlice(...args),
  ...createImportSlice(...args),
  ...createRunSlice(...args),
  ...createStorageSlice(...args),
  ...createSyncSlice(...args),
  ...createVerifySlice(...args),
}));
