import type { StateCreator } from 'zustand';
import type { Evaluation } from '../engine/types';
import { EMPTY_SNAPSHOT, type SqlAnalysisSnapshot } from './sql-analysis-scheduler';
import type { WorkbenchState } from './store';

/** The same words wherever a verdict would be shown before the SQL facts are in. */
export const CHECKING_SQL = 'checking SQL…';

/**
 * - `no-plan`: nothing to evaluate;
 * - `evaluating`: the engine's code is still loading (first open of a plan);
 * - `checking-sql`: an evaluation exists but some script's facts are not in yet, so it has no verdict;
 * - `ready`: the evaluation of the plan on screen, at the store's clock, with every SQL fact.
 */
export type EvaluationStatus = 'no-plan' | 'evaluating' | 'checking-sql' | 'ready';

/**
 * The evaluation is derived state: the store holds its inputs (the plan, the clock tick, the SQL
 * facts) and derive-evaluation.ts recomputes it once whenever one of them changes, in the same store
 * update. Every screen, export, list entry and action reads this one value.
 */
export type EvaluationSlice = {
  /** The store's clock, in ms, as ticked by the screen on show (a minute in the editor, a second on migration day). */
  nowMs: number;
  sql: SqlAnalysisSnapshot;
  engineLoaded: boolean;
  evaluation: Evaluation | null;
  evaluationStatus: EvaluationStatus;
  /** The plan the evaluation is of (identity): an action can tell whether it is current. */
  evaluatedPlan: WorkbenchState['plan'];
  clockTicked: (nowMs: number) => void;
};

export const createEvaluationSlice: StateCreator<WorkbenchState, [], [], EvaluationSlice> = (set) => ({
  nowMs: 0,
  sql: EMPTY_SNAPSHOT,
  engineLoaded: false,
  evaluation: null,
  evaluationStatus: 'no-plan',
  evaluatedPlan: null,
  clockTicked: (nowMs) => set({ nowMs }),
});

/** The verdict in words, or why there is none yet: one sentence for every screen that shows it. */
export function verdictPending(status: EvaluationStatus): string | null {
  if (status === 'checking-sql') return CHECKING_SQL;
  if (status === 'evaluating' || status === 'no-plan') return 'evaluating…';
  return null;
}
