/**
 * What a phase does. expand, migrate and contract are format v1's; v2 adds the phases of a move to
 * another store: backfill (bulk copy), sync (replication catch-up or a dual-write period), verify
 * (shadow reads, diffs), cut-over (the switch), and decommission (the old side removed).
 *
 * Kept apart from the zod schemas (execution.ts) so that the first load, which must not carry zod,
 * can read them (migration day's soak gate).
 */
export const PHASE_KINDS = [
  'expand',
  'migrate',
  'backfill',
  'sync',
  'verify',
  'cut-over',
  'contract',
  'decommission',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** Phases that remove the old side: they belong after the switch and the soak (GR-02, GR-04). */
export const AFTER_SWITCH_KINDS: ReadonlySet<PhaseKind> = new Set(['contract', 'decommission']);
/** Phases that copy the bulk of the data: the throughput estimate is their duration. */
export const COPY_KINDS: ReadonlySet<PhaseKind> = new Set(['migrate', 'backfill']);
