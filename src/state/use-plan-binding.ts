import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from './store';

/** What a plan section form needs of the store: the edit action and the fields kept as typed. */
export const usePlanBinding = () =>
  useWorkbench(
    useShallow((s) => ({
      planEdited: s.planEdited,
      fieldsChecked: s.fieldsChecked,
      unsavedFields: s.unsavedFields,
    })),
  );
