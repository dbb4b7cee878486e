import {
  RollbackTrigger,
  type Plan,
  type RollbackTestRecord,
  type TriggerDirection,
  type TriggerTraffic,
} from '../../domain';

const withRollback = (plan: Plan, patch: Partial<Plan['rollback']>): Plan => ({
  ...plan,
  rollback: { ...plan.rollback, ...patch },
});

export function updateTrigger(
  plan: Plan,
  id: string,
  patch: Partial<Omit<RollbackTrigger, 'id' | 'ruleId' | 'metric'>>,
): Plan {
  return withRollback(plan, {
    triggers: plan.rollback.triggers.map((t) => (t.id === id ? { ...t, ...patch } : t)),
  });
}

/** Custom triggers are numbered RT-C1, RT-C2… without reusing a number, so audit lines stay unambiguous. */
export function nextCustomRuleId(plan: Plan): string {
  const used = plan.rollback.triggers
    .map((t) => /^RT-C(\d+)$/.exec(t.ruleId)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `RT-C${used.length === 0 ? 1 : Math.max(...used) + 1}`;
}

/** "Replication lag (min)" -> "replication_lag_min": the name a custom metric has in pasted text. */
export const metricKeyOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);

export function addCustomTrigger(
  plan: Plan,
  id: string,
  input: {
    description: string;
    threshold: number | null;
    unit: string;
    direction?: TriggerDirection;
    metricKey?: string;
  },
): Plan {
  const trigger = RollbackTrigger.parse({
    id,
    ruleId: nextCustomRuleId(plan),
    metric: 'custom',
    description: input.description,
    threshold: input.threshold,
    unit: input.unit,
    baselineMode: 'absolute',
    automatic: false,
    enabled: true,
    direction: input.direction ?? 'increase',
    metricKey: metricKeyOf(input.metricKey ?? ''),
  });
  return withRollback(plan, { triggers: [...plan.rollback.triggers, trigger] });
}

export function removeTrigger(plan: Plan, id: string): Plan {
  return withRollback(plan, {
    triggers: plan.rollback.triggers.filter((t) => t.id !== id || t.metric !== 'custom'),
  });
}

export function addTestRecord(plan: Plan, record: RollbackTestRecord): Plan {
  return withRollback(plan, { tests: [...plan.rollback.tests, record] });
}

export function removeTestRecord(plan: Plan, id: string): Plan {
  return withRollback(plan, { tests: plan.rollback.tests.filter((t) => t.id !== id) });
}

export function updateTraffic(plan: Plan, patch: Partial<TriggerTraffic>): Plan {
  return withRollback(plan, { traffic: { ...plan.rollback.traffic, ...patch } });
}
