import { useLayoutEffect } from 'react';
import type { Evaluation } from '../engine/types';
import type { EvaluationStatus } from './evaluation-slice';
import { useWorkbench } from './store';

/**
 * Ticks the store's clock while the screen that calls it is shown, at its resolution: each minute in
 * the editor (GR-07's 48-hour notice re-evaluates as time passes without churning on every render),
 * each second on migration day (a success criterion is ticked off in the same second as the soak clock
 * it depends on). The first tick lands before the first paint. Returns the store's time.
 */
export function useStoreClock(stepMs: number): number {
  const clockTicked = useWorkbench((s) => s.clockTicked);
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = Date.now();
      clockTicked(Math.floor(t / stepMs) * stepMs);
      // The next step's start, not a fixed period: an interval drifts, and a laptop that slept resumes late.
      timer = setTimeout(tick, stepMs - (t % stepMs) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [stepMs, clockTicked]);
  return useWorkbench((s) => s.nowMs);
}

/** The store's one evaluation of the plan on screen (see evaluation-slice.ts). */
export const useEvaluation = (): Evaluation | null => useWorkbench((s) => s.evaluation);

export const useEvaluationStatus = (): EvaluationStatus => useWorkbench((s) => s.evaluationStatus);
