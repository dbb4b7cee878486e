import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import example from '../../public/examples/orders-bigint.json';
import { exportRollbackPlanJson } from './rollback-json';

describe('rollback plan JSON', () => {
  it('carries each trigger’s direction and its condition in words', () => {
    const plan = Plan.parse(example);
    plan.rollback.triggers.push({
      ...plan.rollback.triggers[4]!,
      id: 'auth',
      ruleId: 'RT-C2',
      description: 'Authorisation success rate drops below 97%.',
      threshold: 97,
      unit: '%',
      direction: 'decrease',
    });
    const doc = JSON.parse(exportRollbackPlanJson(plan, { now: new Date(0) })) as {
      triggers: Array<{ ruleId: string; direction: string; condition: string }>;
      traffic: { canarySharePercent: number };
    };
    expect(doc.triggers.find((t) => t.ruleId === 'RT-C2')).toMatchObject({
      direction: 'decrease',
      condition: '< 97%',
    });
    expect(doc.triggers[0]?.condition).toBe('> baseline + 5%, at least +0.1 points from baseline');
    expect(doc.traffic.canarySharePercent).toBe(100);
  });
});
