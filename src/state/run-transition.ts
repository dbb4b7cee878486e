import type { Plan } from '../domain';
import { isRunError, type RunError } from '../engine/run/transitions';
import { getServices } from './services';
import type { WorkbenchState } from './store';

/**
 * Applies a migration-day transition to the open plan and saves at once: migration-day state must survive a
 * crashed tab or a closed lid, so it does not wait for the typing debounce. Returns the transition's error
 * sentence, or null.
 */
export function applyRunTransition(
  get: () => WorkbenchState,
  transition: (plan: Plan, now: Date) => Plan | RunError,
): string | null {
  const plan = get().plan;
  if (!plan) return 'No plan is open.';
  const result = transition(plan, getServices().now());
  if (isRunError(result)) return result.error;
  get().planEdited(() => result);
  void get().editorFlushed();
  return null;
}
