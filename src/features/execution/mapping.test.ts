import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../../domain';
import { applyExecutionBasics, ExecutionBasicsForm, toExecutionBasics } from './mapping';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });

describe('execution form mapping', () => {
  it('writes soak, coordinator and confirmation, and refuses a negative soak in words', () => {
    const next = applyExecutionBasics(blank, {
      soakHours: 48,
      coordinator: 'Priya',
      crossTeamScheduleConfirmed: true,
    });
    expect(next.execution).toMatchObject({
      soakHours: 48,
      coordinator: 'Priya',
      crossTeamScheduleConfirmed: true,
    });
    expect(toExecutionBasics(next)).toEqual({
      soakHours: 48,
      coordinator: 'Priya',
      crossTeamScheduleConfirmed: true,
    });
    expect(
      ExecutionBasicsForm.safeParse({ ...toExecutionBasics(blank), soakHours: -1 }).error?.issues[0]?.message,
    ).toBe('Soak hours cannot be negative.');
  });
});
