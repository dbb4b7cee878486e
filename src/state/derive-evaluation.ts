import type { Plan } from '../domain';
import type { Evaluation, SqlContext } from '../engine/types';
import { planSqlSlots, sameSqlSource, sqlSourceOf, type PlanSqlSource } from '../sql/plan-slots';
import type { EvaluationSlice, EvaluationStatus } from './evaluation-slice';
import { getServices } from './services';
import {
  createSqlAnalysisScheduler,
  EMPTY_SNAPSHOT,
  type SqlAnalysisScheduler,
  type SqlAnalysisSnapshot,
} from './sql-analysis-scheduler';
import type { WorkbenchState } from './store';

/**
 * Keeps the store's evaluation true to its inputs. Called by the store on every update with the state
 * before and after it; returns what to add to that same update, so the evaluation never lags its plan
 * by a render and the engine runs once per change of the plan, the clock tick or the SQL facts,
 * whoever reads it.
 *
 * The engine's code is loaded on demand (the drafts list, the first screen, never needs it), and the
 * SQL analysis runs in a worker that starts only for a plan with SQL; both report back through the
 * store's setState, which comes round here again.
 */

type EngineModule = { evaluate: (plan: Plan, ctx: { now: Date; sql?: SqlContext }) => Evaluation };
type StoreApi = { setState: (partial: Partial<WorkbenchState>) => void };

let store: StoreApi | null = null;
let engine: EngineModule | null = null;
let engineLoading = false;
let scheduler: SqlAnalysisScheduler | null = null;
/** Set while the scheduler is asked synchronously, so that its report is read here, not re-entered. */
let requesting = false;
let lastSource: PlanSqlSource | null = null;
let lastOwner: string | null = null;

export function bindEvaluationStore(api: StoreApi): void {
  store = api;
}

function loadEngine(): void {
  if (engine || engineLoading) return;
  engineLoading = true;
  void import('../engine')
    .then((module) => {
      engine = module;
      store?.setState({ engineLoaded: true });
    })
    .finally(() => {
      engineLoading = false;
    });
}

/** How often, at most, results that leave other scripts pending reach the store. */
const PARTIAL_RESULTS_MS = 250;
let partialTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * A plan with 500 scripts gets 500 results one after the other; each would re-run the engine for a
 * verdict that is not shown until the last one is in. Results that leave scripts pending reach the
 * store at most every PARTIAL_RESULTS_MS; the one that completes the set, at once.
 */
function sqlReported(snapshot: SqlAnalysisSnapshot): void {
  if (requesting) return;
  if (!snapshot.pending) {
    if (partialTimer !== null) clearTimeout(partialTimer);
    partialTimer = null;
    store?.setState({ sql: snapshot });
    return;
  }
  partialTimer ??= setTimeout(() => {
    partialTimer = null;
    if (scheduler) store?.setState({ sql: scheduler.snapshot() });
  }, PARTIAL_RESULTS_MS);
}

function getScheduler(): SqlAnalysisScheduler {
  scheduler ??= createSqlAnalysisScheduler({
    analyze: (input) => getServices().analyseSql(input),
    onChange: sqlReported,
  });
  return scheduler;
}

/** Asks for the analysis of the plan's scripts when they changed; returns the snapshot to hold. */
function sqlFor(plan: Plan | null, held: SqlAnalysisSnapshot): SqlAnalysisSnapshot {
  const owner = plan?.id ?? null;
  const source = plan ? sqlSourceOf(plan) : null;
  const same =
    owner === lastOwner &&
    (source === null ? lastSource === null : lastSource !== null && sameSqlSource(source, lastSource));
  if (same) return held;
  lastOwner = owner;
  lastSource = source;
  const inputs = source ? planSqlSlots(source) : new Map();
  // Nothing to analyse and nothing analysed yet: the worker is never started.
  if (inputs.size === 0 && scheduler === null) return EMPTY_SNAPSHOT;
  requesting = true;
  try {
    getScheduler().request(owner, inputs);
  } finally {
    requesting = false;
  }
  return getScheduler().snapshot();
}

type Inputs = Pick<WorkbenchState, 'plan' | 'nowMs' | 'sql' | 'engineLoaded'>;

const sameInputs = (a: Inputs, b: Inputs): boolean =>
  a.plan === b.plan && a.nowMs === b.nowMs && a.sql === b.sql && a.engineLoaded === b.engineLoaded;

/** The evaluation slice's derived fields for `next`, or null when nothing it depends on changed. */
export function deriveEvaluation(
  prev: WorkbenchState,
  next: WorkbenchState,
): Partial<EvaluationSlice> | null {
  const sql = next.plan === prev.plan && next.sql !== prev.sql ? next.sql : sqlFor(next.plan, next.sql);
  const inputs: Inputs = { plan: next.plan, nowMs: next.nowMs, sql, engineLoaded: next.engineLoaded };
  if (sameInputs(prev, inputs)) return null;
  const { plan, nowMs } = inputs;
  if (!plan) return { sql, evaluation: null, evaluationStatus: 'no-plan', evaluatedPlan: null };
  if (!engine || nowMs === 0) {
    loadEngine();
    return { sql, evaluation: null, evaluationStatus: 'evaluating', evaluatedPlan: null };
  }
  const evaluation = engine.evaluate(plan, { now: new Date(nowMs), sql: sql.context });
  const evaluationStatus: EvaluationStatus = sql.pending ? 'checking-sql' : 'ready';
  return { sql, evaluation, evaluationStatus, evaluatedPlan: plan };
}

/** For tests: forget the engine, the scheduler and what was asked of them. */
export function resetEvaluationForTests(module: EngineModule | null = null): void {
  engine = module;
  engineLoading = false;
  scheduler = null;
  lastSource = null;
  lastOwner = null;
}
