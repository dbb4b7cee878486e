import { useCallback, useEffect, useRef, useState } from 'react';
import type { RehearsalInput, RehearsalProgress, RehearsalResult } from '../../rehearsal/types';
// The module only: the barrel would pull the rehearsal engine into the editor's chunk.
import { rollbackTested, type RollbackTested } from '../../rehearsal/rollback-tested';
import { getServices, useWorkbench } from '../../state';
import type { BootInfo, RehearsalOutcome } from '../../rehearsal/worker/client';
import { applyRehearsal } from './apply-result';

export type RehearsalState =
  | { status: 'idle' }
  | { status: 'running'; progress: RehearsalProgress | null }
  | { status: 'done'; result: RehearsalResult; boot: BootInfo; tested: RollbackTested }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/**
 * Runs a rehearsal in its worker and records the result in the plan. The client module is imported
 * on the first click, so neither it nor PGlite is anywhere near the first load.
 */
export function useRehearsal() {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [state, setState] = useState<RehearsalState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(
    async (input: RehearsalInput) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ status: 'running', progress: null });
      const { runRehearsal } = await import('../../rehearsal/worker/client');
      const outcome: RehearsalOutcome = await runRehearsal(input, {
        signal: controller.signal,
        onProgress: (progress) => setState({ status: 'running', progress }),
      });
      if (abort.current !== controller) return;
      abort.current = null;
      if (!outcome.ok) {
        setState(
          outcome.cancelled ? { status: 'cancelled' } : { status: 'failed', message: outcome.message },
        );
        return;
      }
      // Only a rehearsal that tested the rollback is a rollback test (rollback-tested.ts says why).
      const tested = rollbackTested(outcome.result);
      if (tested.tested) {
        const { now, newId } = getServices();
        planEdited((plan) => applyRehearsal(plan, outcome.result, now(), newId(), input));
      }
      setState({ status: 'done', result: outcome.result, boot: outcome.boot, tested });
    },
    [planEdited],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
  }, []);

  return { state, start, cancel };
}
