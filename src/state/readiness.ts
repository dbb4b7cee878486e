import type { Plan } from '../domain';
import type { ReadinessSummary } from '../persistence';

/**
 * The summary stored with a draft, so the list shows readiness without evaluating every plan. The
 * engine is imported on demand: the drafts list (the first load) never pays for it.
 */
export async function readinessOf(plan: Plan, now: Date): Promise<ReadinessSummary> {
  const { evaluate } = await import('../engine');
  const { readiness } = evaluate(plan, { now });
  return { ready: readiness.ready, blockers: readiness.blockers.length, warnings: readiness.warnings };
}
