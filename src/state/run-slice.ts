import type { StateCreator } from 'zustand';
import type { MetricsSample, Plan } from '../domain';
import { formatEstimatedDuration } from '../engine/format';
import { applyRunTransition } from './run-transition';
import type { WorkbenchState } from './store';
import {
  approvePointOfNoReturn,
  completePhase,
  recordCheck,
  recordMetrics,
  recordRollback,
  startPhase,
  startRun,
  type CheckInput,
  type RunError,
} from '../engine/run/transitions';
import { overrideHalt } from '../engine/run/halt';
import { tickStep } from '../engine/run/steps';
import { confirmCriterion, nameOperator, recordStatusUpdate } from '../engine/run/run-records';

/** Run actions return an error sentence, or null when the step was taken. */
export type RunSlice = {
  runOperatorNamed: (name: string) => void;
  /**
   * Starts the run; the audit line's estimate is the store's evaluation's, never a screen's.
   * `confirmed`: the person confirmed starting with checklist items open.
   */
  runStarted: (confirmed?: boolean) => string | null;
  /** `confirmedEarly`: the person confirmed starting before the phase's planned start. */
  runPhaseStarted: (phaseId: string, confirmedEarly?: boolean) => string | null;
  runStepTicked: (phaseId: string, stepId: string) => string | null;
  runHaltOverridden: (by: string, reason: string) => string | null;
  runPointOfNoReturnApproved: (phaseId: string, approver: string) => string | null;
  runCheckRecorded: (phaseId: string, input: CheckInput) => string | null;
  runPhaseCompleted: (phaseId: string) => string | null;
  runMetricsRecorded: (sample: Omit<MetricsSample, 'at'>) => void;
  runRollbackExecuted: (input: {
    trigger: string;
    phaseId: string | null;
    result: 'success' | 'failure';
    notes: string;
  }) => void;
  runStatusUpdateCopied: (phaseId: string | null, text: string) => void;
  runCriterionConfirmed: (criterion: string, confirmed: boolean) => void;
};

export const createRunSlice: StateCreator<WorkbenchState, [], [], RunSlice> = (_set, get) => {
  const apply = (transition: (plan: Plan, now: Date) => Plan | RunError) =>
    applyRunTransition(get, transition);

  return {
    runOperatorNamed: (name) => {
      apply((plan) => nameOperator(plan, name));
    },
    runStarted: (confirmed) => {
      const { evaluation, evaluatedPlan, plan } = get();
      if (!evaluation || evaluatedPlan !== plan)
        return 'The plan is still being evaluated; try again in a moment.';
      const estimated = formatEstimatedDuration(evaluation.estimate.durationHours);
      return apply((p, now) => startRun(p, now, estimated, { confirmedOpenChecklist: confirmed === true }));
    },
    runPhaseStarted: (phaseId, confirmedEarly) =>
      apply((plan, now) => startPhase(plan, phaseId, now, { confirmedEarly: confirmedEarly === true })),
    runStepTicked: (phaseId, stepId) => apply((plan, now) => tickStep(plan, phaseId, stepId, now)),
    runHaltOverridden: (by, reason) => apply((plan, now) => overrideHalt(plan, { by, reason }, now)),
    runPointOfNoReturnApproved: (phaseId, approver) =>
      apply((plan, now) => approvePointOfNoReturn(plan, phaseId, approver, now)),
    runCheckRecorded: (phaseId, input) => apply((plan, now) => recordCheck(plan, phaseId, input, now)),
    runPhaseCompleted: (phaseId) => apply((plan, now) => completePhase(plan, phaseId, now)),
    runMetricsRecorded: (sample) => {
      apply((plan, now) => recordMetrics(plan, { ...sample, at: now.toISOString() }, now));
    },
    runRollbackExecuted: (input) => {
      apply((plan, now) => recordRollback(plan, input, now));
    },
    runStatusUpdateCopied: (phaseId, text) => {
      apply((plan, now) => recordStatusUpdate(plan, phaseId, text, now));
    },
    runCriterionConfirmed: (criterion, confirmed) => {
      apply((plan) => confirmCriterion(plan, criterion, confirmed));
    },
  };
};
