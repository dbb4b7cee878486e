import { create } from 'zustand';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';

export type WorkbenchState = DraftsSlice & EditorSlice;

export const useWorkbench = create<WorkbenchState>()((...args) => ({
  ...createDraftsSlice(...args),
  ...createEditorSlice(...args),
}));
