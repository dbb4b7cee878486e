import type { BuiltinChecklistKey, ChecklistItem, Plan, RollbackTestRecord, TriState } from '../domain';
import { LARGE_ROWS, SMALL_ROWS } from '../domain/spec-limits';
import { deriveShape, type Shape } from './facts-shape';
import { judgeWindows, type Windows } from './phase-windows';
import { parseTime } from './time';
import type { EvaluateContext, SqlStatementFact } from './types';

export { parseTime };

/**
 * Facts derived once from the plan and shared by every rule family, so that no rule walks the
 * components or phases again (evaluate stays linear) and every rule reads the same interpretation.
 */
export type Facts = {
  plan: Plan;
  ctx: EvaluateContext;
  nowMs: number;
  totalRows: number;
  totalBytes: number;
  /** Any migrating component marked stateful or holding rows. */
  stateful: boolean;
  /** There is data or schema to migrate at all; otherwise the data approach is 'none'. */
  hasData: boolean;
  hasSchemaChange: boolean;
  /** Spec: "Small dataset (< 1M rows)", over the migrating components' rows. */
  small: boolean;
  /** Spec: "Large dataset (> 100M rows)", over the rows actually copied or rewritten. */
  large: boolean;
  /** 'zero' also when 'unspecified': the safe assumption until AQ-01 is answered. */
  zeroDowntime: boolean;
  downtimeAllowed: boolean;
  /** A window of downtime is agreed: a scheduled window, or up to an hour. */
  windowAgreed: boolean;
  shape: Shape;
  windows: Windows;
  backwardCompatible: TriState;
  /** Where backwardCompatible came from. */
  compatSource: 'sql' | 'plan';
  /** Breaking or destructive statements of the forward script, from SqlFacts. */
  breakingStatements: SqlStatementFact[];
  /** The maintenance window, else the agreed downtime (scheduled, 60 min, 5 min); null with none. */
  windowHours: number | null;
  /**
   * The agreed downtime (scheduled length, 60 min, 5 min) when it is shorter than a maintenance window
   * also set: what stops writes is held against it, the window only says when the team works.
   */
  downtimeLimitHours: number | null;
  windowStartMs: number | null;
  /** Copy time of the rows copied or rewritten, from measured throughput. */
  durationHours: number | null;
  batches: number | null;
  /** Whether the in-window work fits the window (windows.ts), never the online work. */
  fitsWindow: boolean | null;
  teams: string[];
  checklist: Map<BuiltinChecklistKey, { index: number; item: ChecklistItem }>;
  /** Phase index by id (first wins), so run records find their phase without a scan. */
  phaseIndex: Map<string, number>;
  tests: TestFacts;
};

export type IndexedTest = { index: number; test: RollbackTestRecord };

export type TestFacts = {
  /** Latest staging-like test (staging or other-non-production) by date; ties go to the later entry. */
  latestStaging: IndexedTest | null;
  /** Any passed test in any non-production environment, local rehearsals included (GR-08). */
  anyPassed: IndexedTest | null;
  /** A passed staging-like test on production-like data (FM-03). */
  passedStagingProdLike: boolean;
  passedLocalOnly: boolean;
  /** Latest local rehearsal (PGlite) by date; a failed one blocks like a failed staging test (DC-09). */
  latestLocal: IndexedTest | null;
};

export { SOAK_MIN_HOURS, NOTICE_MIN_HOURS } from '../domain/spec-limits';

function testFacts(tests: readonly RollbackTestRecord[]): TestFacts {
  let latestStaging: IndexedTest | null = null;
  let latestLocal: IndexedTest | null = null;
  let anyPassed: IndexedTest | null = null;
  let passedStagingProdLike = false;
  let passedStaging = false;
  for (let index = 0; index < tests.length; index += 1) {
    const test = tests[index];
    if (!test) continue;
    const stagingLike = test.kind !== 'local-rehearsal';
    if (stagingLike && (latestStaging === null || test.date >= latestStaging.test.date)) {
      latestStaging = { index, test };
    }
    if (!stagingLike && (latestLocal === null || test.date >= latestLocal.test.date))
      latestLocal = { index, test };
    if (test.result === 'pass') {
      anyPassed ??= { index, test };
      if (stagingLike) passedStaging = true;
      if (stagingLike && test.productionLikeData) passedStagingProdLike = true;
    }
  }
  return {
    latestStaging,
    latestLocal,
    anyPassed,
    passedStagingProdLike,
    passedLocalOnly: anyPassed !== null && !passedStaging,
  };
}

function compatibility(
  plan: Plan,
  ctx: EvaluateContext,
): Pick<Facts, 'backwardCompatible' | 'compatSource' | 'breakingStatements'> {
  const declared = plan.assessment.schemaChange.backwardCompatible;
  const forward = ctx.sql?.forward;
  if (!forward) return { backwardCompatible: declared, compatSource: 'plan', breakingStatements: [] };
  const breaking = forward.statements.filter(
    (s) => s.classification === 'breaking' || s.classification === 'destructive',
  );
  if (breaking.length > 0) {
    return { backwardCompatible: 'no', compatSource: 'sql', breakingStatements: breaking };
  }
  // The analysis can vouch for compatibility only when it read every statement and understood each.
  const understood =
    forward.parseError === null &&
    forward.statements.length > 0 &&
    forward.statements.every((s) => s.classification === 'expand' || s.classification === 'risky');
  if (declared === 'unknown' && understood) {
    return { backwardCompatible: 'yes', compatSource: 'sql', breakingStatements: [] };
  }
  return { backwardCompatible: declared, compatSource: 'plan', breakingStatements: [] };
}

export function deriveFacts(plan: Plan, ctx: EvaluateContext): Facts {
  const { assessment, execution } = plan;
  let totalRows = 0;
  let totalBytes = 0;
  let stateful = false;
  const teamSet = new Set<string>();
  for (const c of assessment.components) {
    // Consumers are listed to be notified and ordered into waves; their data is not moved by this plan.
    if (c.role === 'migrating') {
      totalRows += c.rows;
      totalBytes += c.rows * c.avgRowBytes;
    }
    // A component that holds rows is stateful whatever its flag says: its data must survive.
    if (c.role === 'migrating' && (c.stateful || c.rows > 0)) stateful = true;
    const team = c.ownerTeam.trim();
    if (team !== '') teamSet.add(team);
  }
  const scope = assessment.scope;
  const change = assessment.schemaChange;
  const hasSchemaChange =
    scope.includes('schema') ||
    change.forwardSql.trim() !== '' ||
    change.description.trim() !== '' ||
    (ctx.sql?.forward?.statements.length ?? 0) > 0;
  // With no components described, a schema or data scope still means there is state to protect.
  if (assessment.components.length === 0 && (scope.includes('data') || scope.includes('schema'))) {
    stateful = true;
  }
  const hasData = totalRows > 0 || stateful || scope.includes('data') || hasSchemaChange;

  const downtime = assessment.downtime.kind;
  const zeroDowntime = downtime === 'zero' || downtime === 'unspecified';

  const mw = assessment.maintenanceWindow;
  const tolerance = toleranceMinutes(downtime, assessment.downtime.windowMinutes);
  const windowMinutes = mw.durationMinutes ?? tolerance;
  const windowHours = windowMinutes === null ? null : windowMinutes / 60;
  const downtimeLimitHours =
    tolerance !== null && windowMinutes !== null && tolerance < windowMinutes ? tolerance / 60 : null;
  let windowStartMs = parseTime(mw.start);
  if (windowStartMs === null) {
    for (const phase of execution.phases) {
      const t = parseTime(phase.plannedStart);
      if (t !== null && (windowStartMs === null || t < windowStartMs)) windowStartMs = t;
    }
  }

  const tp = assessment.throughput;
  const shape = deriveShape(plan, hasSchemaChange);
  const windows = judgeWindows(plan, shape, {
    windowHours,
    downtimeAllowed: !zeroDowntime,
    rowsPerSecond: tp.rowsPerSecond,
  });
  const batches = tp.batchSize === null ? null : Math.ceil(shape.copyRows / tp.batchSize);

  const checklist = new Map<BuiltinChecklistKey, { index: number; item: ChecklistItem }>();
  execution.checklist.forEach((item, index) => {
    if (item.builtin !== null && !checklist.has(item.builtin)) checklist.set(item.builtin, { index, item });
  });

  const phaseIndex = new Map<string, number>();
  execution.phases.forEach((phase, index) => {
    if (!phaseIndex.has(phase.id)) phaseIndex.set(phase.id, index);
  });

  return {
    plan,
    ctx,
    phaseIndex,
    nowMs: ctx.now.getTime(),
    totalRows,
    totalBytes,
    stateful,
    hasData,
    hasSchemaChange,
    small: totalRows < SMALL_ROWS,
    large: shape.copyRows > LARGE_ROWS,
    zeroDowntime,
    downtimeAllowed: !zeroDowntime,
    windowAgreed: downtime === 'scheduled-window' || downtime === 'under-1-hour',
    shape,
    windows,
    ...compatibility(plan, ctx),
    windowHours,
    downtimeLimitHours,
    windowStartMs,
    durationHours: windows.copyHours,
    batches,
    fitsWindow: windows.fitsWindow,
    teams: [...teamSet],
    checklist,
    tests: testFacts(plan.rollback.tests),
  };
}

/** The agreed downtime, read as a window when no maintenance window is set. */
function toleranceMinutes(
  kind: Plan['assessment']['downtime']['kind'],
  scheduled: number | null,
): number | null {
  if (kind === 'scheduled-window') return scheduled;
  if (kind === 'under-1-hour') return 60;
  if (kind === 'under-5-min') return 5;
  return null;
}
