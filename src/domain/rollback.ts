import { z } from 'zod';
import { Day, Id, NonNegative, Positive, ShortText, Text, TriState } from './primitives';

export const TRIGGER_METRICS = [
  'error-rate',
  'latency-p99',
  'integrity-check',
  'downstream-failures',
  'custom',
] as const;
export const TriggerMetric = z.enum(TRIGGER_METRICS);
export type TriggerMetric = z.infer<typeof TriggerMetric>;

/**
 * How "exceeds baseline by > N" is read. The spec's "> 5%" is ambiguous: a 2% baseline error rate
 * becomes 2.1% under a relative reading and 7% under a percentage-point reading, so the plan says which.
 */
export const BASELINE_MODES = ['relative-percent', 'percentage-points', 'absolute'] as const;
export const BaselineMode = z.enum(BASELINE_MODES);
export type BaselineMode = z.infer<typeof BaselineMode>;

export const TRIGGER_DIRECTIONS = ['increase', 'decrease'] as const;
export const TriggerDirection = z.enum(TRIGGER_DIRECTIONS);
export type TriggerDirection = z.infer<typeof TriggerDirection>;

export const RollbackTrigger = z.object({
  id: Id,
  /** RT-01..RT-04 for the spec's defaults, RT-Cn for custom triggers. */
  ruleId: z.string().regex(/^RT-(0[1-4]|C\d+)$/, 'must be RT-01..RT-04 or RT-C<number>'),
  metric: TriggerMetric,
  description: ShortText.min(1, 'a trigger needs a description'),
  /** Threshold in `unit`; null for boolean triggers (integrity check fails). */
  threshold: NonNegative.nullable().default(null),
  unit: ShortText.default(''),
  baselineMode: BaselineMode.default('relative-percent'),
  /** Automatic rollback or a manual call; DC-10 says do not wait for manual assessment either way. */
  automatic: z.boolean().default(false),
  enabled: z.boolean().default(true),
  /** Which way is bad: "success rate drops below 97%" is a decrease (Kayenta's direction). */
  direction: TriggerDirection.default('increase'),
  /**
   * The smallest change from the baseline that counts, in the metric's own unit (percentage points for an
   * error rate, ms for latency): "> baseline × 1.05 and at least +0.1 points". Null means the metric's
   * default floor (docs/rollback-triggers.md); 0 means none.
   */
  floor: NonNegative.nullable().default(null),
  /** How many bad samples fire it (Argo Rollouts' failureLimit + 1). */
  badSamplesToFire: z.number().int('must be a whole number').min(1).max(100).default(1),
  /** Counted among the trigger's last N judged samples; null: the bad samples must be consecutive. */
  badSamplesWindow: z.number().int('must be a whole number').min(1).max(1_000).nullable().default(null),
  /** A critical trigger fires on its first bad sample, whatever the count says (Kayenta's critical). */
  critical: z.boolean().default(false),
  /** The time each sample's value is measured over (Argo's interval); the pre-flight sizes it. */
  sampleWindowMinutes: Positive.max(1_440).default(5),
  /** The name a custom metric has in pasted text (e.g. replication_lag), beside its rule id. */
  metricKey: Text(60).default(''),
  /** Values of the metric with nothing changing, pasted for the pre-flight's A/A comparison. */
  baselineSeries: z.array(NonNegative).max(10_000).default([]),
});
export type RollbackTrigger = z.infer<typeof RollbackTrigger>;

export const RollbackProcedures = z.object({
  database: Text().default(''),
  services: Text().default(''),
  data: Text().default(''),
  /** Spec: "keep rollback scripts". */
  rollbackScriptsKept: z.boolean().default(false),
  /** Spec: "maintain previous version artifacts and routing config". */
  previousArtifactsKept: z.boolean().default(false),
  /** Spec: "preserve original data until migration is verified (never delete source)". */
  sourcePreserved: z.boolean().default(false),
  /** Does rolling back the application also roll back the schema? Canary users ask (flagger #555). */
  appRollbackIncludesSchema: TriState.default('unknown'),
  /** The rollback script for the schema change, rehearsed against PGlite. */
  rollbackSql: Text(2_000_000).default(''),
  /** FM-03: a verified backup is the last resort when the rollback itself fails. */
  backupLastResort: z.boolean().default(false),
});
export type RollbackProcedures = z.infer<typeof RollbackProcedures>;

export const ROLLBACK_TEST_KINDS = ['staging', 'local-rehearsal', 'other-non-production'] as const;
export const RollbackTestKind = z.enum(ROLLBACK_TEST_KINDS);

/** A script's fingerprint (see evidence.ts): 16 hex digits. */
export const ScriptFingerprint = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits');

/** What a local rehearsal ran: the fingerprints of its forward migration and its rollback script. */
export const TestedScripts = z.object({ forward: ScriptFingerprint, rollback: ScriptFingerprint });
export type TestedScripts = z.infer<typeof TestedScripts>;

export const RollbackTestRecord = z.object({
  id: Id,
  kind: RollbackTestKind.default('staging'),
  environment: ShortText.min(1, 'name the environment the rollback was tested in'),
  date: Day,
  result: z.enum(['pass', 'fail']),
  /** FM-03: test rollback "with production-like data". */
  productionLikeData: z.boolean().default(false),
  notes: Text(10_000).default(''),
  /**
   * For a local rehearsal: the scripts it ran, so that it shows as stale once the plan's scripts change.
   * Absent for other tests and for rehearsals recorded before the workbench kept it. Optional rather
   * than defaulted: a record written without it means exactly "not recorded".
   */
  testedScripts: TestedScripts.optional(),
});
export type RollbackTestRecord = z.infer<typeof RollbackTestRecord>;

export const PointOfNoReturn = z.object({
  /** "unknown" raises AQ-05's sibling question: is there an irreversible step at all? */
  exists: TriState.default('unknown'),
  /** The phase after which rollback is no longer possible without data loss. */
  phaseId: Id.nullable().default(null),
  approver: ShortText.default(''),
  description: Text(5_000).default(''),
  communicated: z.boolean().default(false),
});
export type PointOfNoReturn = z.infer<typeof PointOfNoReturn>;

/**
 * The traffic the triggers watch, for the pre-flight: can a trigger's window tell its change from noise?
 * All optional: without them the pre-flight says what it needs.
 */
export const TriggerTraffic = z.object({
  requestsPerMinute: Positive.nullable().default(null),
  /** Share of the traffic on the new version while the triggers watch it (100 without a canary). */
  canarySharePercent: Positive.max(100).default(100),
  errorRateBaselinePercent: NonNegative.max(100).nullable().default(null),
  latencyP50Ms: Positive.nullable().default(null),
  latencyP99Ms: Positive.nullable().default(null),
  downstreamFailuresPerMinute: NonNegative.nullable().default(null),
});
export type TriggerTraffic = z.infer<typeof TriggerTraffic>;

export const Rollback = z.object({
  triggers: z.array(RollbackTrigger).max(200).default([]),
  traffic: TriggerTraffic.default(TriggerTraffic.parse({})),
  procedures: RollbackProcedures.default(RollbackProcedures.parse({})),
  tests: z.array(RollbackTestRecord).max(500).default([]),
  pointOfNoReturn: PointOfNoReturn.default(PointOfNoReturn.parse({})),
});
export type Rollback = z.infer<typeof Rollback>;
