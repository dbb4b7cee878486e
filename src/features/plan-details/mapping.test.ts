import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import { applyPlanDetailsForm, PlanDetailsForm, toPlanDetailsForm } from './mapping';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });
/** The form as it opens on the blank plan, with what the person typed. */
const typed = (edits: Partial<PlanDetailsForm>): PlanDetailsForm => ({
  ...toPlanDetailsForm(blank),
  ...edits,
});

describe('plan details form mapping', () => {
  it('maps owners one per line and an empty date to null', () => {
    const next = applyPlanDetailsForm(
      blank,
      typed({ title: '  Orders bigint  ', summary: 's', owners: 'Ana\n\n  Bo  \n' }),
    );
    expect(next.title).toBe('Orders bigint');
    expect(next.owners).toEqual(['Ana', 'Bo']);
    expect(next.targetDate).toBeNull();
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('round-trips through the form', () => {
    const plan = { ...blank, owners: ['A', 'B'], targetDate: '2026-12-09', summary: 'x' };
    expect(applyPlanDetailsForm(plan, toPlanDetailsForm(plan))).toEqual(plan);
  });

  it('rejects an empty title and a malformed date with words', () => {
    const result = PlanDetailsForm.safeParse(typed({ title: '   ', targetDate: '9/12/2026' }));
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('A plan needs a title.');
    expect(messages).toContain('Use a date such as 2026-12-09.');
  });
});
