import { describe, expect, it } from 'vitest';
import { createBlankPlan, loadPlanText } from '../domain';
import { exportPlanJson, planFileName } from './plan-json';

const plan = createBlankPlan({
  id: 'p',
  now: new Date('2026-11-25T00:00:00Z'),
  title: 'Orders: int → bigint!',
});

describe('plan JSON export', () => {
  it('re-imports through the load pipeline unchanged', () => {
    const result = loadPlanText(exportPlanJson(plan));
    expect(result.ok && result.plan).toEqual(plan);
  });
  it('names the file after the title', () => {
    expect(planFileName(plan)).toBe('orders-int-bigint.plan.json');
    expect(planFileName({ ...plan, title: '###' })).toBe('migration.plan.json');
  });
});
