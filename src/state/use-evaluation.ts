import { useEffect, useState } from 'react';
import type { Plan } from '../domain';
import { evaluate, type Evaluation, type SqlContext } from '../engine';
import { usePlanSqlAnalysis } from './sql-analysis';
import { useWorkbench } from './store';

/**
 * One evaluation per plan version, shared by every panel that asks: the plan object changes identity
 * on each edit, so identity is the cache key. The clock is rounded to the minute, so GR-07's
 * 48-hour notice re-evaluates as time passes without churning on every render. The SQL facts arrive
 * later than the plan (from a worker); their context object changes identity only when some facts
 * change, so it is part of the key too.
 */
let cache: { plan: Plan; minute: number; sql: SqlContext; result: Evaluation } | null = null;
const NO_SQL: SqlContext = {};

export function evaluateCached(plan: Plan, minute: number, sql: SqlContext = NO_SQL): Evaluation {
  if (cache && cache.plan === plan && cache.minute === minute && cache.sql === sql) return cache.result;
  const result = evaluate(plan, { now: new Date(minute * 60_000), sql });
  cache = { plan, minute, sql, result };
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
  const { context } = usePlanSqlAnalysis(plan);
  return plan ? evaluateCached(plan, minute, context) : null;
}
