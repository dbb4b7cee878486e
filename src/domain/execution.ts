import { z } from 'zod';
import { Hours, Id, PhaseMinutes, RowCount, ShortText, Text, Timestamp } from './primitives';
import { SOAK_MIN_HOURS } from './spec-limits';
import { AFTER_SWITCH_KINDS, COPY_KINDS, PHASE_KINDS } from './phase-kinds';

/** The spec's five pre-migration checklist items, in its order. */
export const BUILTIN_CHECKLIST = [
  { key: 'backups-verified', label: 'Backups verified and restorable.' },
  { key: 'rollback-tested', label: 'Rollback procedure tested in staging.' },
  { key: 'monitoring-ready', label: 'Monitoring dashboards open and alerting configured.' },
  { key: 'stakeholders-notified', label: 'Stakeholders notified of migration window.' },
  { key: 'feature-flags', label: 'Feature flags in place for traffic routing.' },
] as const;
export type BuiltinChecklistKey = (typeof BUILTIN_CHECKLIST)[number]['key'];
export const BuiltinChecklistKey = z.enum(BUILTIN_CHECKLIST.map((item) => item.key));

export const ChecklistItem = z.object({
  id: Id,
  /** Set for the spec's items so the engine can find them whatever the label says. */
  builtin: BuiltinChecklistKey.nullable().default(null),
  label: ShortText.min(1, 'a checklist item needs a label'),
  done: z.boolean().default(false),
  verifiedBy: ShortText.default(''),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const INTEGRITY_CHECK_KINDS = ['row-count', 'checksum', 'referential'] as const;
export const IntegrityCheckKind = z.enum(INTEGRITY_CHECK_KINDS);
export type IntegrityCheckKind = z.infer<typeof IntegrityCheckKind>;

export const IntegrityCheck = z.object({
  id: Id,
  kind: IntegrityCheckKind,
  /** What is checked: a table, a column set, or a constraint. */
  target: ShortText.min(1, 'name what the check looks at'),
  expectedRows: RowCount.nullable().default(null),
  checksumTarget: ShortText.default(''),
  constraint: ShortText.default(''),
});
export type IntegrityCheck = z.infer<typeof IntegrityCheck>;

export { AFTER_SWITCH_KINDS, COPY_KINDS, PHASE_KINDS };
export const PhaseKind = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof PhaseKind>;

/**
 * When a phase runs: online (before or after the window, while the system serves traffic) or inside
 * the maintenance window. "unknown" lets the engine infer it (see docs/plan-format.md).
 */
export const PHASE_TIMINGS = ['unknown', 'online', 'in-window'] as const;
export const PhaseTiming = z.enum(PHASE_TIMINGS);
export type PhaseTiming = z.infer<typeof PhaseTiming>;

/**
 * What still brings the system back after this phase: revert the deploy, flip the flag (or router
 * weight) back, reverse replication (target to source), restore from backup (loses what was
 * written since), or nothing.
 */
export const ROLLBACK_MECHANISMS = [
  'unknown',
  'revert-deploy',
  'flag-back',
  'reverse-replication',
  'restore-backup',
  'none',
] as const;
export const RollbackMechanism = z.enum(ROLLBACK_MECHANISMS);
export type RollbackMechanism = z.infer<typeof RollbackMechanism>;
/** Mechanisms that cannot bring the system back without losing data. */
export const LOSSY_MECHANISMS: ReadonlySet<RollbackMechanism> = new Set(['restore-backup', 'none']);

export const PhaseStep = z.object({
  id: Id,
  text: Text(5_000).min(1, 'a step needs text'),
  /** SQL run by this step; the engine scans it for DROP/TRUNCATE (GR-04). */
  sql: Text(200_000).default(''),
});
export type PhaseStep = z.infer<typeof PhaseStep>;

export const Phase = z.object({
  id: Id,
  name: ShortText.min(1, 'a phase needs a name'),
  owner: ShortText.default(''),
  kind: PhaseKind.default('migrate'),
  plannedStart: Timestamp.nullable().default(null),
  durationMinutes: PhaseMinutes.nullable().default(null),
  steps: z.array(PhaseStep).max(1_000).default([]),
  verification: Text(5_000).default(''),
  integrityChecks: z.array(IntegrityCheck).max(500).default([]),
  /** FM-01: the phase can be paused and resumed if the window runs out. */
  pausable: z.boolean().default(false),
  /** GR-02: this phase deletes or truncates source data. */
  deletesSource: z.boolean().default(false),
  /** Online or inside the window (format v2); DC-07 and AQ-03 hold only in-window work against it. */
  timing: PhaseTiming.default('unknown'),
  /** What still works to roll back once this phase has run (format v2); gives the point of no return. */
  rollbackMechanism: RollbackMechanism.default('unknown'),
  /** How many hours after the phase that mechanism stays usable; null: until a later phase ends it. */
  rollbackAvailableHours: Hours(true).nullable().default(null),
});
export type Phase = z.infer<typeof Phase>;

export const Execution = z.object({
  checklist: z.array(ChecklistItem).max(500).default([]),
  phases: z.array(Phase).max(2_000).default([]),
  soakHours: Hours(false).default(SOAK_MIN_HOURS),
  /** AQ-04: with several owner teams, someone coordinates and has confirmed the schedule. */
  coordinator: ShortText.default(''),
  crossTeamScheduleConfirmed: z.boolean().default(false),
});
export type Execution = z.infer<typeof Execution>;
