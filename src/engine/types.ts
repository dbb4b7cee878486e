import type { DataApproach, DeploymentStrategy } from '../domain';

/**
 * Every type the engine exports. Other layers (UI panels, exporters, the CLI) code against this file,
 * so names here are a contract: add fields, do not rename or remove them.
 */

export type Severity = 'blocker' | 'warning' | 'info';

/**
 * Rule families. DC/GR/AQ/FM/SC/RT are the ids from shared/DESIGN.md. ST (the strategy table's rows)
 * and DA (the three data-migration approaches) are added so that every recommendation reason can cite
 * the spec text it comes from, even when no Decision Criteria row applies.
 */
export type RuleFamily = 'DC' | 'GR' | 'AQ' | 'FM' | 'SC' | 'RT' | 'ST' | 'DA';

type Two<P extends string, N extends string> = `${P}-${N}`;
export type DcRuleId = Two<'DC', '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10'>;
export type GrRuleId = Two<'GR', '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08'>;
export type AqRuleId = Two<'AQ', '01' | '02' | '03' | '04' | '05'>;
export type FmRuleId = Two<'FM', '01' | '02' | '03' | '04' | '05' | '06'>;
export type ScRuleId = Two<'SC', '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08'>;
export type RtRuleId = Two<'RT', '01' | '02' | '03' | '04'>;
/** ST-01..05 are the spec's strategy table; ST-06..12 the derived rows of docs/engine-decision-table.md. */
export type StRuleId = Two<
  'ST',
  '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'
>;
/** DA-01..03 are the spec's three approaches; DA-04..11 the derived rows of the decision table. */
export type DaRuleId = Two<'DA', '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11'>;
export type RuleId = DcRuleId | GrRuleId | AqRuleId | FmRuleId | ScRuleId | RtRuleId | StRuleId | DaRuleId;

export type RuleInfo = {
  id: RuleId;
  family: RuleFamily;
  /** A short label for lists and badges. */
  title: string;
  /** The spec's own wording, verbatim (table cells joined with " → " or " | "). */
  specText: string;
};

export type Finding = {
  /** A key of RULES (string so that later modules, e.g. SQL analysis, can add their own families). */
  ruleId: string;
  severity: Severity;
  title: string;
  /** What is wrong, with the plan's own values. */
  message: string;
  /** Field path in formatPath's format, e.g. `execution.phases[1].integrityChecks`; the UI focuses it. */
  path: string;
  /** How to fix it. */
  remedy: string;
  /** Why: the rule's spec text. */
  specText: string;
};

export type Question = {
  ruleId: AqRuleId;
  /** The spec's question template with the plan's values filled in. */
  text: string;
  path: string;
};

export type Risk = {
  ruleId: FmRuleId;
  failure: string;
  symptom: string;
  /** Whether this failure mode can happen to this plan at all. */
  applies: boolean;
  /** Whether the plan already has every part of the spec's mitigation. */
  covered: boolean;
  mitigation: string;
  /** The parts of the mitigation the plan lacks, one sentence each; empty when covered. */
  missing: string[];
  /** Where to add the first missing mitigation. */
  path: string;
};

export type CriterionStatus = 'met' | 'not-met' | 'pending';

export type Criterion = {
  ruleId: ScRuleId;
  text: string;
  status: CriterionStatus;
  detail: string;
};

export type Reason = { ruleId: string; text: string };

export type RankedStrategy = {
  strategy: DeploymentStrategy;
  /**
   * Fit with the spec's strategy table (downtime column and "best for"). The recommendation itself
   * comes from the decision table's first matching row, which is ranked first whatever its score.
   */
  score: number;
  reasons: Reason[];
};

export type StrategyRecommendation = {
  recommended: DeploymentStrategy;
  /** The decision table's row that chose it first, then the other rules that agree. */
  ruleIds: string[];
  /** All five strategies, best first. */
  ranked: RankedStrategy[];
  chosen: DeploymentStrategy | null;
  /** True when a strategy is chosen and it is not the recommended one. */
  differs: boolean;
};

export type DataApproachRecommendation = {
  recommended: DataApproach;
  ruleIds: string[];
  reasons: Reason[];
  chosen: DataApproach | null;
  differs: boolean;
};

export type TimelineEntry = {
  /** null for the soak. */
  phaseId: string | null;
  label: string;
  /** Hours from the start of the first phase (or the maintenance window). */
  startOffsetHours: number;
  durationHours: number;
  kind: 'phase' | 'soak';
};

/** One phase's place and duration: online phases are never held against the window. */
export type PhaseEstimate = {
  phaseId: string;
  timing: 'online' | 'in-window';
  /** The plan did not say; `why` gives the engine's reason. */
  inferred: boolean;
  why: string;
  /** Planned duration, or for a copy phase at least its share of the measured copy time. */
  hours: number | null;
  /** A migrate or backfill phase: it carries the bulk copy. */
  copy: boolean;
  pausable: boolean;
};

export type Estimate = {
  totalRows: number;
  totalBytes: number;
  /** Data copy time from measured throughput; null when throughput is not measured. */
  durationHours: number | null;
  batches: number | null;
  /** Whether the in-window work fits the window; null when the window or the work is unknown. */
  fitsWindow: boolean | null;
  windowHours: number | null;
  timeline: TimelineEntry[];
  /** Rows copied or rewritten (an in-place engine upgrade copies none). */
  copyRows: number;
  /** Where the bulk copy runs. */
  copyTiming: 'none' | 'online' | 'in-window';
  /** Work inside the window (in-window phases, and the copy when it runs there); null when unknown. */
  inWindowHours: number | null;
  /** Online work (before or after the window); null when some of it has no duration. */
  onlineHours: number | null;
  phases: PhaseEstimate[];
};

/** The point of no return: computed from the phases' rollback mechanisms, and as the plan chose it. */
export type PointOfNoReturnFacts = {
  /** The first phase after which nothing brings the system back without data loss; null when none. */
  computed: { phaseId: string; index: number; reason: string } | null;
  /** The plan's choice (rollback.pointOfNoReturn.phaseId), when it names an existing phase. */
  chosen: { phaseId: string; index: number } | null;
  /** The chosen one comes after the computed one: rollback is already lossy before the gate. */
  chosenTooLate: boolean;
};

export type ConsumerToNotify = { componentId: string; name: string; ownerTeam: string };

export type Readiness = {
  /** Go when there is no blocker. Warnings and open questions are shown but do not stop a go. */
  ready: boolean;
  blockers: Finding[];
  warnings: number;
  openQuestions: number;
};

export type Evaluation = {
  strategy: StrategyRecommendation;
  dataApproach: DataApproachRecommendation;
  estimate: Estimate;
  /** Sorted: blockers, then warnings, then info; within a severity in RULES order. */
  findings: Finding[];
  questions: Question[];
  risks: Risk[];
  criteria: Criterion[];
  /** Component ids; a component comes after every component it depends on. */
  waves: string[][];
  /** Groups of component ids that depend on each other in a loop (strongly connected components). */
  cycles: string[][];
  consumersToNotify: ConsumerToNotify[];
  readiness: Readiness;
  pointOfNoReturn: PointOfNoReturnFacts;
};

export type SqlClassification = 'expand' | 'risky' | 'breaking' | 'destructive' | 'unclassified';

/** pgfence's scale of operational risk; size rules are already scaled by the table's band. */
export type SqlRiskLevel = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** One SQL rule's verdict on a statement: what the lock blocks, rewrite or scan, size, safe rewrite. */
export type SqlRiskFact = {
  ruleId: string;
  title: string;
  classification: SqlClassification;
  risk: SqlRiskLevel;
  lock: string | null;
  blocks: { reads: boolean; writes: boolean };
  rewrite: boolean;
  scan: boolean;
  table: string | null;
  rows: number | null;
  rowsSource: 'plan' | 'stats' | null;
  band: string;
  /** Names the rule, the lock and what it blocks, and the table's size. */
  message: string;
  alternative: string;
  /** The safe rewrite as SQL, when one can be written; '' otherwise. */
  fixSql: string;
  /** Lock x time x traffic in words, when the table's rates are known. */
  traffic: string | null;
};

export type SqlStatementFact = {
  index: number;
  /** 1-based line where the statement starts. */
  line: number;
  text: string;
  classification: SqlClassification;
  ruleIds: string[];
  table: string | null;
  /** Each rule's risk on the statement (issue 22); absent from older producers. */
  risks?: SqlRiskFact[];
};

export type SqlFacts = {
  dialect: 'postgresql' | 'mysql';
  statements: SqlStatementFact[];
  parseError: { message: string; line: number; column: number } | null;
};

export type SqlContext = {
  forward?: SqlFacts;
  /** Keyed by phase step id. */
  steps?: Record<string, SqlFacts>;
  /** The rollback script (rollback.procedures.rollbackSql). */
  rollback?: SqlFacts;
};

export type EvaluateContext = { now: Date; sql?: SqlContext };

export type FiredTrigger = {
  ruleId: string;
  triggerId: string;
  description: string;
  observed: number | boolean;
  threshold: number | null;
  unit: string;
  explanation: string;
  /** The samples (indexes into run.metrics) that fired it; empty when one sample is judged alone. */
  sampleIndexes: number[];
};

export type UnevaluableTrigger = {
  ruleId: string;
  triggerId: string;
  description: string;
  /** Why the sample cannot decide it: a custom metric, or the value or baseline was not recorded. */
  reason: string;
};

export type TriggerEvaluation = {
  fired: FiredTrigger[];
  /** DC-10: any fired trigger means roll back now, without waiting for manual assessment. */
  rollBackNow: boolean;
  /** Enabled triggers the sample could not decide; shown so that nobody assumes they passed. */
  notEvaluable: UnevaluableTrigger[];
};
