import type { StateCreator } from 'zustand';
import type { VerifySession } from '../domain';
import { isRunError } from './run-transitions';
import { getServices } from './services';
import type { WorkbenchState } from './store';
import { recordVerification, saveVerification } from './verify-transitions';

/** Database verification actions; like the run's, they return an error sentence or null. */
export type VerifySlice = {
  /** A verification started, or one of its rounds was read back. */
  runVerificationSaved: (phaseId: string, session: VerifySession) => string | null;
  /** The verification became its check's integrity result. */
  runVerificationRecorded: (phaseId: string, sessionId: string) => string | null;
};

export const createVerifySlice: StateCreator<WorkbenchState, [], [], VerifySlice> = (_set, get) => {
  // Saved at once, as every migration-day action: a round pasted back must survive a closed tab.
  const apply = (
    transition: (plan: NonNullable<WorkbenchState['plan']>, now: Date) => ReturnType<typeof saveVerification>,
  ) => {
    const plan = get().plan;
    if (!plan) return 'No plan is open.';
    const result = transition(plan, getServices().now());
    if (isRunError(result)) return result.error;
    get().planEdited(() => result);
    void get().editorFlushed();
    return null;
  };
  return {
    runVerificationSaved: (phaseId, session) => apply((plan) => saveVerification(plan, phaseId, session)),
    runVerificationRecorded: (phaseId, sessionId) =>
      apply((plan, now) => recordVerification(plan, phaseId, sessionId, now)),
  };
};
