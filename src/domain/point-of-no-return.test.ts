import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';
import { Phase, type PointOfNoReturn } from './index';
import type { Plan } from './plan';
import { ponrIndex, ponrPhaseId } from './point-of-no-return';
import { SOAK_MIN_HOURS } from './spec-limits';

const NOW = new Date('2026-12-09T01:00:00.000Z');

function planWith(ponr: Partial<PointOfNoReturn>): Plan {
  const blank = createBlankPlan({ id: 'p', now: NOW });
  const phases = ['ph-1', 'ph-2', 'ph-3'].map((id) => Phase.parse({ id, name: id }));
  return {
    ...blank,
    execution: { ...blank.execution, phases },
    rollback: { ...blank.rollback, pointOfNoReturn: { ...blank.rollback.pointOfNoReturn, ...ponr } },
  };
}

describe('the declared point of no return', () => {
  it('is the named phase when the plan says there is one', () => {
    const plan = planWith({ exists: 'yes', phaseId: 'ph-2' });
    expect(ponrPhaseId(plan)).toBe('ph-2');
    expect(ponrIndex(plan)).toBe(1);
  });

  it('is none while the plan says no, or does not know yet, whatever phase is named', () => {
    for (const exists of ['no', 'unknown'] as const) {
      const plan = planWith({ exists, phaseId: 'ph-2' });
      expect(ponrPhaseId(plan)).toBeNull();
      expect(ponrIndex(plan)).toBe(-1);
    }
  });

  it('has no index when its phase was deleted', () => {
    expect(ponrIndex(planWith({ exists: 'yes', phaseId: 'ph-gone' }))).toBe(-1);
    expect(ponrIndex(planWith({ exists: 'yes', phaseId: null }))).toBe(-1);
  });
});

describe('spec limits', () => {
  it('give a new plan the minimum soak', () => {
    expect(createBlankPlan({ id: 'p', now: NOW }).execution.soakHours).toBe(SOAK_MIN_HOURS);
  });
});
