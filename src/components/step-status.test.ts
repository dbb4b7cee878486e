import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { loadExamplePlan } from '../domain/testing/example-plan';
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
    const example = loadExamplePlan();
    const e = evaluate(example, { now: NOW });
    for (const step of STEPS)
      expect(stepStatus(example, e, step.id), step.id).toEqual({ complete: true, missing: [] });
  });
});
