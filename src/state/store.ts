import { create } from 'zustand';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createEvaluationSlice, type EvaluationSlice } from './evaluation-slice';

export type WorkbenchState = DraftsSlice & EditorSlice & EvaluationSlice;

export const useWorkbench = create<WorkbenchState>()((...args) => ({
  ...createDraftsSlice(...args),
  ...createEditorSlice(...args),
  ...createEvaluationSlice(...args),
}));
