import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankPlan, loadPlanText } from '../domain';
import { evaluate } from '../engine';
import { STEPS } from './routes';
import { stepStatus } from './step-status';

const NOW = new Date('2026-12-05T00:00:00Z');

describe('step completeness', () => {
  it('a blank plan has every step incomplete, saying what is missing', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    const e = evaluate(plan, { now: NOW });
    for (const step of STEPS) expect(stepStatus(plan, e, step.id).complete).toBe(false);
    expect(stepStatus(plan, e, 'assessment').missing).toContain('components');
    expect(stepStatus(plan, e, 'rollback').missing).toContain('a passed rollback test');
  });

  it('the ready example has every step complete', () => {
    const loaded = loadPlanText(
      readFileSync(new URL('../../public/examples/orders-bigint.json', import.meta.url), 'utf8'),
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    const e = evaluate(loaded.plan, { now: NOW });
    for (const step of STEPS)
      expect(stepStatus(loaded.plan, e, step.id), step.id).toEqual({ complete: true, missing: [] });
  });
});
