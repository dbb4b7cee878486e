import type { HashMode } from '../../integrity';
import type { IntegrityCheckRequest } from '../../integrity/worker/client';
import type { PickedFile } from './file-slot';

/** The core keeps this many samples per finding; the request sets it. */
export const SAMPLE_LIMIT = 20;

/** The panel's choices, resolved: columns are names from the files' headers or '' when none is chosen. */
export interface CheckForm {
  source: PickedFile | null;
  target: PickedFile | null;
  keyColumn: string;
  referential: boolean;
  child: PickedFile | null;
  childColumn: string;
  parent: PickedFile | null;
  parentColumn: string;
  mode: HashMode;
  trimWhitespace: boolean;
  /** The exports whose last pick was refused ("target export"): they have no file until one is chosen. */
  refused: readonly string[];
}

/** The likely key: a column named id (any case), else the first one. */
export function defaultColumn(columns: readonly string[] | null): string {
  if (!columns || columns.length === 0) return '';
  return columns.find((c) => c.toLowerCase() === 'id') ?? columns[0] ?? '';
}

function listColumns(columns: readonly string[]): string {
  const shown = columns.slice(0, 20).map((c) => `"${c}"`);
  return shown.join(', ') + (columns.length > 20 ? ', …' : '');
}

/** A file that lacks a column the check needs: an error to show, naming the file and the column. */
export function missingColumn(picked: PickedFile | null, column: string, role: string): string | null {
  if (!picked || column === '' || picked.info.columns.includes(column)) return null;
  return `The ${role} "${picked.file.name}" has no column "${column}"; its columns are ${listColumns(picked.info.columns)}.`;
}

/** What is wrong with the picked target for this form, shown at the target's slot; null when it fits. */
export function targetProblem(form: CheckForm): string | null {
  return missingColumn(form.target, form.keyColumn, 'target export');
}

/** Something that stands between the form and a run: a step still to take, or an error to fix. */
export interface Problem {
  text: string;
  error: boolean;
}

/** What still stands between the form and a run; empty when it can run. */
export function problemsOf(form: CheckForm): Problem[] {
  const steps: string[] = [];
  const refused = (role: string) => form.refused.includes(role);
  if (!form.source && !refused('source export')) steps.push('Pick the source export.');
  if (!form.target && !refused('target export')) steps.push('Pick the target export.');
  if (form.source && form.keyColumn === '') steps.push('Choose the key column.');
  // The full message shows at the target's slot (targetProblem); here, beside the button, what to do.
  const errors = [
    ...form.refused.map(
      (role) =>
        `The file picked as the ${role} was refused: pick another, or take the previous one back (see above).`,
    ),
    targetProblem(form) === null
      ? null
      : `The target export does not fit the key column: pick another target or key column (see above).`,
  ];
  if (form.referential) {
    if (!form.child) {
      if (!refused('child export')) steps.push('Pick the child export for the referential check.');
    } else if (form.childColumn === '') steps.push('Choose the foreign-key column in the child export.');
    if (!form.parent) {
      if (!refused('parent export')) steps.push('Pick the parent export for the referential check.');
    } else if (form.parentColumn === '') steps.push('Choose the key column in the parent export.');
  }
  return [
    ...errors.filter((e): e is string => e !== null).map((text) => ({ text, error: true })),
    ...steps.map((text) => ({ text, error: false })),
  ];
}

export function buildRequest(form: CheckForm): IntegrityCheckRequest | null {
  if (!form.source || !form.target || form.keyColumn === '') return null;
  const ref =
    form.referential && form.child && form.parent
      ? {
          parent: form.parent.file,
          parentKeyColumn: form.parentColumn,
          child: form.child.file,
          childForeignKeyColumn: form.childColumn,
        }
      : null;
  return {
    source: form.source.file,
    target: form.target.file,
    keyColumn: form.keyColumn,
    referential: ref,
    mode: form.mode,
    trimWhitespace: form.trimWhitespace,
    sampleLimit: SAMPLE_LIMIT,
  };
}

/**
 * Whether a result still answers the form: the same files (the same picked File objects), columns and
 * options. A result for files that are no longer picked must not be recorded as this phase's check.
 */
export function sameRequest(a: IntegrityCheckRequest, b: IntegrityCheckRequest | null): boolean {
  if (b === null) return false;
  const ra = a.referential ?? null;
  const rb = b.referential ?? null;
  const sameRef =
    ra === null || rb === null
      ? ra === rb
      : ra.parent === rb.parent &&
        ra.child === rb.child &&
        ra.parentKeyColumn === rb.parentKeyColumn &&
        ra.childForeignKeyColumn === rb.childForeignKeyColumn;
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.keyColumn === b.keyColumn &&
    a.mode === b.mode &&
    a.trimWhitespace === b.trimWhitespace &&
    sameRef
  );
}
