import { readFileSync } from 'node:fs';
import { COMPONENT_MOVE_UNKNOWN, loadPlanText, type Plan } from '../../src/domain';
import { recordFor, type DraftRecord, type ReadinessSummary } from '../../src/persistence/records';

/** The example plan scaled up: `components` components in a dependency chain, `phases` phases. */
export function bigPlan(id: string, components: number, phases: number): Plan {
  const loaded = loadPlanText(
    readFileSync(new URL('../../public/examples/orders-bigint.json', import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.error.message);
  const base = loaded.plan;
  const comps = Array.from({ length: components }, (_, i) => ({
    id: `c${i}`,
    name: `component-${i}`,
    kind: i % 3 === 0 ? ('table' as const) : ('service' as const),
    role: i === 0 ? ('migrating' as const) : ('consumer' as const),
    ownerTeam: `team-${i % 12}`,
    stateful: i % 3 === 0,
    rows: i === 0 ? 1000 : i % 3 === 0 ? 10_000 * i : 0,
    avgRowBytes: i % 3 === 0 ? 120 : 0,
    ...COMPONENT_MOVE_UNKNOWN,
  }));
  const deps = comps.slice(1).map((c, i) => ({ from: `c${Math.floor(i / 3)}`, to: c.id }));
  const template = base.execution.phases[1]!;
  const ph = Array.from({ length: phases }, (_, i) => ({
    ...template,
    id: `ph${i}`,
    name: `Phase ${i + 1}: backfill slice ${i + 1}`,
    kind: i === phases - 1 ? ('contract' as const) : i === 0 ? ('expand' as const) : ('migrate' as const),
    steps: template.steps.map((s) => ({ ...s, id: `${s.id}-${i}` })),
    integrityChecks: template.integrityChecks.map((c) => ({ ...c, id: `${c.id}-${i}` })),
  }));
  return {
    ...base,
    id,
    title: `Scale test: ${components} components, ${phases} phases`,
    assessment: { ...base.assessment, components: comps, dependencies: deps },
    execution: { ...base.execution, phases: ph },
    rollback: {
      ...base.rollback,
      pointOfNoReturn: { ...base.rollback.pointOfNoReturn, phaseId: `ph${phases - 1}` },
    },
  };
}

/** A stored draft built by the app's own code (records.ts), as a save would build it. */
export const draftRecord = (
  plan: Plan,
  updatedAt: string,
  readiness: ReadinessSummary | null = null,
): DraftRecord => recordFor(plan, readiness, updatedAt, 1);
