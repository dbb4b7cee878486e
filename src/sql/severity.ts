import { LARGE_ROWS, SMALL_ROWS } from '../domain/spec-limits';
import type { Classification, Severity } from './types';

/** The decision criteria's table sizes (defined once, in domain/spec-limits.ts) under the SQL review's names. */
export { SMALL_ROWS as SMALL_TABLE_ROWS, LARGE_ROWS as LARGE_TABLE_ROWS };

const SEVERITY_ORDER: Record<Severity, number> = { none: 0, info: 1, warning: 2, blocker: 3 };
const CLASSIFICATION_ORDER: Record<Classification, number> = {
  expand: 0,
  unclassified: 1,
  risky: 2,
  breaking: 3,
  destructive: 4,
};

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER[a] >= SEVERITY_ORDER[b] ? a : b;
}

/** The statement takes the worst classification of its findings: one DROP in a batch makes it destructive. */
export function worstClassification(a: Classification, b: Classification): Classification {
  return CLASSIFICATION_ORDER[a] >= CLASSIFICATION_ORDER[b] ? a : b;
}

/**
 * Severity of a lock, scan or rewrite that lasts as long as the table is big.
 * Unknown size is a warning, not info: we cannot promise it is small.
 */
export function sizeSeverity(rows: number | null): Severity {
  if (rows === null) return 'warning';
  if (rows < SMALL_ROWS) return 'info';
  if (rows < LARGE_ROWS) return 'warning';
  return 'blocker';
}

export type SeverityPolicy =
  /** Duration grows with the table: scaled by sizeSeverity. */
  | 'size'
  /** Fixed severity whatever the size (fails outright, destroys data, breaks old code). */
  | Severity;
