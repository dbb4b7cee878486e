import { z } from 'zod';
import { Id, NonNegative, NonNegativeInt, ShortText, Text, Timestamp } from './primitives';
import { VerifySession } from './verify';

export const AUDIT_EVENTS = [
  'migration-assessed',
  'strategy-selected',
  'rollback-tested',
  'phase-started',
  'integrity-check',
  'phase-completed',
  'rollback-executed',
  'migration-completed',
  // Not in the spec's list, written in its style (docs/rollback-triggers.md): the run's other decisions.
  'rollback-triggered',
  'rollback-overridden',
  'step-completed',
  'checklist-incomplete',
  'phase-early',
] as const;
export const AuditEvent = z.enum(AUDIT_EVENTS);
export type AuditEvent = z.infer<typeof AuditEvent>;

/** One line of the spec's audit log; `line` is the exact text, rendered once when the event happened. */
export const AuditEntry = z.object({
  at: Timestamp,
  event: AuditEvent,
  line: Text(10_000),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const RecordedCheck = z.object({
  checkId: Id,
  at: Timestamp,
  actualRows: NonNegativeInt.nullable().default(null),
  checksumMatch: z.boolean().nullable().default(null),
  referentialOk: z.boolean().nullable().default(null),
  passed: z.boolean(),
  source: z.enum(['manual', 'csv-export', 'database']).default('manual'),
  notes: Text(5_000).default(''),
});
export type RecordedCheck = z.infer<typeof RecordedCheck>;

export const PHASE_RUN_STATUSES = ['pending', 'running', 'completed', 'failed'] as const;

/** A phase step ticked off on migration day: when, and by whom. */
export const StepTick = z.object({
  stepId: Id,
  at: Timestamp,
  by: ShortText,
});
export type StepTick = z.infer<typeof StepTick>;

export const PhaseRun = z.object({
  phaseId: Id,
  status: z.enum(PHASE_RUN_STATUSES).default('pending'),
  startedAt: Timestamp.nullable().default(null),
  completedAt: Timestamp.nullable().default(null),
  checks: z.array(RecordedCheck).max(5_000).default([]),
  /** AQ-05 / FM-06: the named approver confirmed passing the point of no return. */
  pointOfNoReturnApprovedBy: ShortText.default(''),
  pointOfNoReturnApprovedAt: Timestamp.nullable().default(null),
  steps: z.array(StepTick).max(1_000).default([]),
  /**
   * Integrity checks verified inside the databases, every round kept (src/domain/verify.ts). Optional
   * without a default so that code building a PhaseRun by hand need not name it.
   */
  verifications: z.array(VerifySession).max(500).optional(),
});
export type PhaseRun = z.infer<typeof PhaseRun>;

export const MetricsSample = z.object({
  at: Timestamp,
  errorRatePercent: NonNegative.nullable().default(null),
  errorRateBaselinePercent: NonNegative.nullable().default(null),
  latencyP99Ms: NonNegative.nullable().default(null),
  latencyP99BaselineMs: NonNegative.nullable().default(null),
  downstreamFailures: NonNegative.nullable().default(null),
  downstreamFailuresBaseline: NonNegative.nullable().default(null),
  integrityFailed: z.boolean().default(false),
  /** Values of the plan's custom triggers, by trigger id. */
  custom: z
    .array(
      z.object({
        triggerId: Id,
        value: NonNegative.nullable().default(null),
        baseline: NonNegative.nullable().default(null),
      }),
    )
    .max(200)
    .default([]),
});
export type MetricsSample = z.infer<typeof MetricsSample>;

export const RollbackExecution = z.object({
  at: Timestamp,
  triggerRuleId: ShortText,
  phaseId: Id.nullable(),
  result: z.enum(['success', 'failure']),
  notes: Text(5_000).default(''),
});
export type RollbackExecution = z.infer<typeof RollbackExecution>;

export const StakeholderUpdate = z.object({
  at: Timestamp,
  phaseId: Id.nullable(),
  text: Text(10_000),
});
export type StakeholderUpdate = z.infer<typeof StakeholderUpdate>;

/** One trigger that fired, with the samples (indexes into run.metrics) that fired it. */
export const TriggerFiring = z.object({
  at: Timestamp,
  triggerId: Id,
  ruleId: ShortText,
  sampleIndexes: z.array(NonNegativeInt).max(1_000).default([]),
  explanation: Text(2_000).default(''),
});
export type TriggerFiring = z.infer<typeof TriggerFiring>;

/**
 * A fired trigger latches: the run stays halted, whatever later samples say, until a rollback is recorded
 * or a named person overrides it with a reason.
 */
export const TriggerHalt = z.object({
  at: Timestamp,
  phaseId: Id.nullable().default(null),
  /** Where an override returns the run to. */
  resumeStatus: z.enum(['running', 'soaking']).default('running'),
  firings: z.array(TriggerFiring).min(1).max(200),
  resolvedAt: Timestamp.nullable().default(null),
  resolution: z.enum(['rolled-back', 'overridden']).nullable().default(null),
  overriddenBy: ShortText.default(''),
  overrideReason: Text(5_000).default(''),
  /** run.metrics.length when it was resolved: samples before it never count again. */
  samplesAtResolution: NonNegativeInt.nullable().default(null),
});
export type TriggerHalt = z.infer<typeof TriggerHalt>;

export const RUN_STATUSES = [
  'not-started',
  'running',
  'halted',
  'rolled-back',
  'soaking',
  'completed',
] as const;
export const RunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatus>;

/** Migration-day state, kept inside the plan so that a reload or a crash resumes exactly here. */
export const RunState = z.object({
  status: RunStatus.default('not-started'),
  operator: ShortText.default(''),
  startedAt: Timestamp.nullable().default(null),
  phases: z.array(PhaseRun).max(2_000).default([]),
  metrics: z.array(MetricsSample).max(10_000).default([]),
  rollbacks: z.array(RollbackExecution).max(1_000).default([]),
  stakeholderUpdates: z.array(StakeholderUpdate).max(5_000).default([]),
  triggerHalts: z.array(TriggerHalt).max(1_000).default([]),
  soakStartedAt: Timestamp.nullable().default(null),
  completedAt: Timestamp.nullable().default(null),
  /** Success criteria the operator confirmed by hand (e.g. SC-05 metrics within thresholds). */
  confirmedCriteria: z
    .array(z.string().regex(/^SC-0[1-8]$/))
    .max(8)
    .default([]),
});
export type RunState = z.infer<typeof RunState>;
