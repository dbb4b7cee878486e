import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';

describe('blank plans', () => {
  it('share no nested object: editing one never changes the next (zod clones a default shallowly)', () => {
    const now = new Date('2026-11-01T00:00:00Z');
    const first = createBlankPlan({ id: 'a', now });
    first.assessment.rollout.pieceByPiece = 'yes';
    first.assessment.downtime.kind = 'zero';
    first.strategy.adr.decision = 'edited';
    first.assessment.scope.push('data');
    const second = createBlankPlan({ id: 'b', now });
    expect(second.assessment.rollout.pieceByPiece).toBe('unknown');
    expect(second.assessment.downtime.kind).toBe('unspecified');
    expect(second.strategy.adr.decision).toBe('');
    expect(second.assessment.scope).toEqual([]);
  });
});
