import type { StateCreator } from 'zustand';
import type { Plan } from '../domain';
import type { ReadinessSummary } from '../persistence';
import type { WorkbenchState } from './store';

export type EvaluationSlice = {
  /** The summary stored with a draft so the list can show readiness without evaluating every plan. */
  readinessOf: (plan: Plan) => ReadinessSummary | null;
};

export const createEvaluationSlice: StateCreator<WorkbenchState, [], [], EvaluationSlice> = () => ({
  readinessOf: () => null,
});
