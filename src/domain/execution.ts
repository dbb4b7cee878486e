import { z } from 'zod';
import { Id, NonNegative, NonNegativeInt, Positive, ShortText, Text, Timestamp } from './primitives';
import { SOAK_MIN_HOURS } from './spec-limits';

/** The spec's five pre-migration checklist items, in its order. */
export const BUILTIN_CHECKLIST = [
  { key: 'backups-verified', label: 'Backups verified and restorable.' },
  { key: 'rollback-tested', label: 'Rollback procedure tested in staging.' },
  { key: 'monitoring-ready', label: 'Monitoring dashboards open and alerting configured.' },
  { key: 'stakeholders-notified', label: 'Stakeholders notified of migration window.' },
  { key: 'feature-flags', label: 'Feature flags in place for traffic routing.' },
] as const;
export type BuiltinChecklistKey = (typeof BUILTIN_CHECKLIST)[number]['key'];
export const BuiltinChecklistKey = z.enum(
  BUILTIN_CHECKLIST.map((item) => item.key) as [BuiltinChecklistKey, ...BuiltinChecklistKey[]],
);

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
  expectedRows: NonNegativeInt.nullable().default(null),
  checksumTarget: ShortText.default(''),
  constraint: ShortText.default(''),
});
export type IntegrityCheck = z.infer<typeof IntegrityCheck>;

export const PHASE_KINDS = ['expand', 'migrate', 'contract'] as const;
export const PhaseKind = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof PhaseKind>;

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
  durationMinutes: Positive.nullable().default(null),
  steps: z.array(PhaseStep).max(1_000).default([]),
  verification: Text(5_000).default(''),
  integrityChecks: z.array(IntegrityCheck).max(500).default([]),
  /** FM-01: the phase can be paused and resumed if the window runs out. */
  pausable: z.boolean().default(false),
  /** GR-02: this phase deletes or truncates source data. */
  deletesSource: z.boolean().default(false),
});
export type Phase = z.infer<typeof Phase>;

export const Execution = z.object({
  checklist: z.array(ChecklistItem).max(500).default([]),
  phases: z.array(Phase).max(2_000).default([]),
  soakHours: NonNegative.default(SOAK_MIN_HOURS),
  /** AQ-04: with several owner teams, someone coordinates and has confirmed the schedule. */
  coordinator: ShortText.default(''),
  crossTeamScheduleConfirmed: z.boolean().default(false),
});
export type Execution = z.infer<typeof Execution>;
