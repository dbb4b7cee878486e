import { useEffect, useState } from 'react';
import type { Plan } from '../domain';
import { evaluate, type Evaluation, type SqlContext } from '../engine';
import { usePlanSqlAnalysis } from './sql-analysis';
import { useWorkbench } from './store';

/**
 * One evaluation per plan version and clock tick, shared by every panel that asks: the plan object changes
 * identity on each edit, so identity is the cache key. The editor's clock ticks each minute, so GR-07's
 * 48-hour notice re-evaluates as time passes without churning on every render; migration day's ticks each
 * second, so a success criterion is ticked off in the same second as the soak clock that it depends on
 * reads "Soak complete". The SQL facts arrive later than the plan (from a worker); their context object
 * changes identity only when some facts change, so it is part of the key too.
 */
let cache: { plan: Plan; nowMs: number; sql: SqlContext; result: Evaluation } | null = null;
const NO_SQL: SqlContext = {};

export function evaluateCached(plan: Plan, nowMs: number, sql: SqlContext = NO_SQL): Evaluation {
  if (cache && cache.plan === plan && cache.nowMs === nowMs && cache.sql === sql) return cache.result;
  const result = evaluate(plan, { now: new Date(nowMs), sql });
  cache = { plan, nowMs, sql, result };
  return result;
}

/** The time in ms, rounded down to `stepMs` and updated as each step begins. */
export function useClock(stepMs: number): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / stepMs) * stepMs);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = Date.now();
      setNow(Math.floor(t / stepMs) * stepMs);
      // The next step's start, not a fixed period: an interval drifts, and a laptop that slept resumes late.
      timer = setTimeout(tick, stepMs - (t % stepMs) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [stepMs]);
  return now;
}

/** The evaluation at `nowMs` when given (migration day passes its own clock), else at the current minute. */
export function useEvaluation(nowMs?: number): Evaluation | null {
  const plan = useWorkbench((s) => s.plan);
  const minute = useClock(60_000);
  const { context } = usePlanSqlAnalysis(plan);
  return plan ? evaluateCached(plan, nowMs ?? minute, context) : null;
}
