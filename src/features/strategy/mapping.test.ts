import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import { applyStrategyForm, toStrategyForm } from './mapping';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });

describe('strategy form mapping', () => {
  it('maps an unchosen strategy to null and back, and keeps the ADR fields', () => {
    expect(toStrategyForm(blank).deployment).toBe('');
    const next = applyStrategyForm(blank, {
      ...toStrategyForm(blank),
      deployment: 'blue-green',
      dataApproach: 'dual-write',
      adrDecision: 'Use blue-green.',
      reconciliationJob: true,
    });
    expect(next.strategy).toMatchObject({
      deployment: 'blue-green',
      dataApproach: 'dual-write',
      reconciliationJob: true,
      adr: { decision: 'Use blue-green.' },
    });
    expect(Plan.safeParse(next).success).toBe(true);
    expect(applyStrategyForm(next, toStrategyForm(next))).toEqual(next);
  });
});
