import type { Classification, Severity } from './types';

/** Spec, Decision Criteria: "< 1M rows" is small enough for a big bang, "> 100M rows" must be batched. */
export const SMALL_TABLE_ROWS = 1_000_000;
export const LARGE_TABLE_ROWS = 100_000_000;

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
  if (rows < SMALL_TABLE_ROWS) return 'info';
  if (rows < LARGE_TABLE_ROWS) return 'warning';
  return 'blocker';
}

export type SeverityPolicy =
  /** Duration grows with the table: scaled by sizeSeverity. */
  | 'size'
  /** Fixed severity whatever the size (fails outright, destroys data, breaks old code). */
  | Severity;

export function severityFor(policy: SeverityPolicy, rows: number | null): Severity {
  return policy === 'size' ? sizeSeverity(rows) : policy;
}
