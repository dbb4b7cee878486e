import { useEffect, useState } from 'react';
import type { Plan } from '../domain';
import { evaluate, type Evaluation } from '../engine';
import { useWorkbench } from './store';

/**
 * One evaluation per plan version, shared by every panel that asks: the plan object changes identity
 * on each edit, so identity is the cache key. The clock is rounded to the minute, so GR-07's
 * 48-hour notice re-evaluates as time passes without churning on every render.
 */
let cache: { plan: Plan; minute: number; result: Evaluation } | null = null;

export function evaluateCached(plan: Plan, minute: number): Evaluation {
  if (cache && cache.plan === plan && cache.minute === minute) return cache.result;
  const result = evaluate(plan, { now: new Date(minute * 60_000) });
  cache = { plan, minute, result };
  return result;
}

function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 15_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

export function useEvaluation(): Evaluation | null {
  const plan = useWorkbench((s) => s.plan);
  const minute = useMinute();
  return plan ? evaluateCached(plan, minute) : null;
}
