import type { RuleDef } from './rule-catalog';

/**
 * What the MySQL and the PostgreSQL catalogs say alike, written once: the same operation with the same
 * consequence and the same advice in both dialects, so the two cannot drift apart.
 */

/** DELETE takes no table lock in either dialect; what matters is that the rows are gone. */
export const DELETE_ROWS = {
  classification: 'destructive',
  lock: null,
  title: 'DELETE',
  effect: 'deletes rows for good; source data must be kept until the migration is verified',
  alternative: 'delete in batches in the contract phase after the soak, with a verified backup',
  severity: 'blocker',
} as const satisfies Omit<RuleDef, 'id'>;

/** DROP COLUMN: each dialect says what the drop itself costs; the way to do it safely is the same. */
export const DROP_COLUMN_ALTERNATIVE =
  'stop reading and writing the column first; drop it in the contract phase after the soak';
