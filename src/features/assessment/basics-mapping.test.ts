import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import { applyAssessmentBasics, AssessmentBasicsForm, toAssessmentBasics } from './basics-mapping';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });

describe('assessment form mapping', () => {
  it('writes scope in the spec’s order, a local window start as an instant, and empty numbers as null', () => {
    const form = {
      ...toAssessmentBasics(blank),
      scope: ['data', 'schema'] as const,
      downtimeKind: 'zero' as const,
      windowStart: '2026-12-09T01:00',
      windowMinutes: 360,
      rowsPerSecond: null,
      batchSize: 10_000,
    };
    const next = applyAssessmentBasics(blank, { ...form, scope: [...form.scope] });
    expect(next.assessment.scope).toEqual(['schema', 'data']);
    expect(next.assessment.maintenanceWindow).toMatchObject({
      start: new Date('2026-12-09T01:00').toISOString(),
      durationMinutes: 360,
    });
    expect(next.assessment.throughput).toMatchObject({ rowsPerSecond: null, batchSize: 10_000 });
    expect(Plan.safeParse(next).success).toBe(true);
    expect(toAssessmentBasics(next).windowStart).toBe('2026-12-09T01:00');
  });

  it('asks for the length of a scheduled window, and rejects zero and fractions in words', () => {
    const base = toAssessmentBasics(blank);
    const messages = (v: unknown) =>
      AssessmentBasicsForm.safeParse(v).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...base, downtimeKind: 'scheduled-window' })).toContain(
      'A scheduled window needs its length in minutes.',
    );
    expect(messages({ ...base, windowMinutes: 0 })).toContain('The window length must be greater than zero.');
    expect(messages({ ...base, batchSize: 2.5 })).toContain('Batch size must be a whole number.');
    expect(messages({ ...base, windowStart: 'tomorrow' })).toContain('Use a date and time.');
  });

  it('writes the rollout facts, and refuses absurd numbers with the reason (1e300 is too large, not a fraction)', () => {
    const base = toAssessmentBasics(blank);
    const next = applyAssessmentBasics(blank, { ...base, trafficSplit: 'yes', pieceByPiece: 'no' });
    expect(next.assessment.rollout).toEqual({ trafficSplit: 'yes', pieceByPiece: 'no' });
    const messages = (v: unknown) =>
      AssessmentBasicsForm.safeParse(v).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...base, batchSize: 1e300 })).toEqual([
      'Batch size is too large: at most 1,000,000,000 rows.',
    ]);
    expect(messages({ ...base, rowsPerSecond: 1e-300 })).toEqual([
      'Throughput is too small: at least 0.01 rows per second.',
    ]);
    expect(messages({ ...base, windowMinutes: 600_000 })).toEqual([
      'The window length is more than a month: that is not a maintenance window.',
    ]);
  });
});
