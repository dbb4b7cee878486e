import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../../domain';
import { confirmCriterion, nameOperator, recordStatusUpdate } from './run-records';

const NOW = new Date('2026-12-09T01:00:00.000Z');
const blank = () => createBlankPlan({ id: 'p', now: NOW });

describe('migration-day records', () => {
  it('names the operator, trimmed and bounded', () => {
    expect(nameOperator(blank(), '  Tomas Novak ').run.operator).toBe('Tomas Novak');
    expect(nameOperator(blank(), 'x'.repeat(900)).run.operator).toHaveLength(500);
  });

  it('keeps every copied status update with its time and phase', () => {
    const once = recordStatusUpdate(blank(), 'ph-1', 'Phase 1 done', NOW);
    const twice = recordStatusUpdate(once, null, 'All done', new Date('2026-12-09T02:00:00.000Z'));
    expect(twice.run.stakeholderUpdates).toEqual([
      { at: '2026-12-09T01:00:00.000Z', phaseId: 'ph-1', text: 'Phase 1 done' },
      { at: '2026-12-09T02:00:00.000Z', phaseId: null, text: 'All done' },
    ]);
  });

  it('confirms a criterion once and takes it back', () => {
    const on = confirmCriterion(confirmCriterion(blank(), 'SC-06', true), 'SC-06', true);
    expect(on.run.confirmedCriteria).toEqual(['SC-06']);
    expect(confirmCriterion(on, 'SC-06', false).run.confirmedCriteria).toEqual([]);
  });
});
