import type { Plan } from '../domain';
import { bigPlan } from './browser/big-plan';

/**
 * The plan of issue 20's probe: `components` components in a dependency tree, `phases` phases, each
 * with one SQL statement. The same shape as bench:scale's huge plan (e2e/bench/huge-plan.ts), at any
 * size, without the browser harness that module brings.
 */
export function reviewScalePlan(components: number, phases: number): Plan {
  const plan = bigPlan(`review-${components}-${phases}`, components, phases);
  return {
    ...plan,
    execution: {
      ...plan.execution,
      phases: plan.execution.phases.map((phase, i) => ({
        ...phase,
        steps: [
          {
            id: `sql-${i}`,
            text: `Backfill slice ${i + 1}.`,
            sql: `UPDATE orders SET id_new = id WHERE id BETWEEN ${i * 1_000_000} AND ${(i + 1) * 1_000_000 - 1};`,
          },
        ],
      })),
    },
  };
}
