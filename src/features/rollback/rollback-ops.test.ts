import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import {
  addCustomTrigger,
  addTestRecord,
  nextCustomRuleId,
  removeTestRecord,
  removeTrigger,
  updateTrigger,
} from './rollback-ops';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });

describe('rollback editing', () => {
  it('starts with the spec’s four triggers and edits a threshold', () => {
    expect(blank.rollback.triggers.map((t) => t.ruleId)).toEqual(['RT-01', 'RT-02', 'RT-03', 'RT-04']);
    const next = updateTrigger(blank, 'rt-01', { threshold: 2, baselineMode: 'percentage-points' });
    expect(next.rollback.triggers[0]).toMatchObject({ threshold: 2, baselineMode: 'percentage-points' });
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('numbers custom triggers without reuse and never removes a default', () => {
    const one = addCustomTrigger(blank, 'c1', {
      description: 'Replication lag > 10 min',
      threshold: 10,
      unit: 'min',
    });
    const two = addCustomTrigger(one, 'c2', {
      description: 'Queue depth',
      threshold: 5000,
      unit: 'messages',
    });
    expect(two.rollback.triggers.slice(4).map((t) => t.ruleId)).toEqual(['RT-C1', 'RT-C2']);
    expect(nextCustomRuleId(removeTrigger(two, 'c1'))).toBe('RT-C3');
    expect(removeTrigger(two, 'rt-01').rollback.triggers).toHaveLength(6);
    expect(Plan.safeParse(two).success).toBe(true);
  });

  it('records and removes a staging test', () => {
    const next = addTestRecord(blank, {
      id: 't1',
      kind: 'staging',
      environment: 'staging-eu1',
      date: '2026-11-20',
      result: 'pass',
      productionLikeData: true,
      notes: '',
    });
    expect(Plan.safeParse(next).success).toBe(true);
    expect(removeTestRecord(next, 't1').rollback.tests).toEqual([]);
  });
});
