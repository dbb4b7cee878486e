import { useMemo } from 'react';
import { useWorkbench } from './store';

/**
 * Where an inline cell keeps text the plan cannot hold (a required name left empty, "12x" rows): kept
 * with the draft under `key`, which names the row by id (`assessment.components#c-7.rows`) so that it
 * stays right as rows are sorted, added or removed; `path` is where the cell is now, for focus.
 */
export function useCellHold(key: string, path: string, label: string) {
  const kept = useWorkbench((s) => s.unsavedFields[key]?.raw);
  const fieldsChecked = useWorkbench((s) => s.fieldsChecked);
  return useMemo(
    () => ({
      kept,
      report: (raw: string | null, message?: string) => {
        if (raw === null) fieldsChecked({}, [key]);
        else fieldsChecked({ [key]: { label, raw, message: message ?? 'Not valid.', path } }, []);
      },
    }),
    [kept, fieldsChecked, key, path, label],
  );
}

/** The key of a field of a list item, by the item's id (see useCellHold). */
export const itemKey = (list: string, id: string, field: string) => `${list}#${id}.${field}`;
