import type { StateCreator } from 'zustand';
import type { MetricsSample, Plan } from '../domain';
import { formatEstimatedDuration } from '../engine/format';
import { getServices } from './services';
import type { WorkbenchState } from './store';
import {
  approvePointOfNoReturn,
  completePhase,
  isRunError,
  recordCheck,
  recordMetrics,
  recordRollback,
  startPhase,
  startRun,
  type CheckInput,
  type RunError,
} from './run-transitions';
import { overrideHalt } from './run-halt';
import { tickStep } from './run-steps';

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
  /**
   * Applies a transition to the open plan and saves at once: migration-day state must survive a
   * crashed tab or a closed lid, so it does not wait for the typing debounce.
   */
  const apply = (transition: (plan: Plan, now: Date) => Plan | RunError): string | null => {
    const plan = get().plan;
    if (!plan) return 'No plan is open.';
    const result = transition(plan, getServices().now());
    if (isRunError(result)) return result.error;
    get().planEdited(() => result);
    void get().editorFlushed();
    return null;
  };

  return {
    runOperatorNamed: (name) => {
      apply((plan) => ({ ...plan, run: { ...plan.run, operator: name.trim().slice(0, 500) } }));
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
    runHaltOverridden: (by, reason) =>
      apply((plan, now) =>
        overrideHalt(
          plan,
          { by, reason },
          now,
          plan.run.phases.some((p) => p.status === 'failed'),
        ),
      ),
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
      apply((plan, now) => ({
        ...plan,
        run: {
          ...plan.run,
          stakeholderUpdates: [...plan.run.stakeholderUpdates, { at: now.toISOString(), phaseId, text }],
        },
      }));
    },
    runCriterionConfirmed: (criterion, confirmed) => {
      apply((plan) => {
        const others = plan.run.confirmedCriteria.filter((c) => c !== criterion);
        return {
          ...plan,
          run: { ...plan.run, confirmedCriteria: confirmed ? [...others, criterion] : others },
        };
      });
    },
  };
};
