import type { StateCreator } from 'zustand';
import type { VerifySession } from '../domain';
import { applyRunTransition } from './run-transition';
import type { WorkbenchState } from './store';
import { recordVerification, saveVerification } from '../verify/transitions';

/** Database verification actions; like the run's, they return an error sentence or null. */
export type VerifySlice = {
  /** A verification started, or one of its rounds was read back. */
  runVerificationSaved: (phaseId: string, session: VerifySession) => string | null;
  /** The verification became its check's integrity result. */
  runVerificationRecorded: (phaseId: string, sessionId: string) => string | null;
};

export const createVerifySlice: StateCreator<WorkbenchState, [], [], VerifySlice> = (_set, get) => {
  // Saved at once, as every migration-day action: a round pasted back must survive a closed tab.
  return {
    runVerificationSaved: (phaseId, session) =>
      applyRunTransition(get, (plan) => saveVerification(plan, phaseId, session)),
    runVerificationRecorded: (phaseId, sessionId) =>
      applyRunTransition(get, (plan, now) => recordVerification(plan, phaseId, sessionId, now)),
  };
};
