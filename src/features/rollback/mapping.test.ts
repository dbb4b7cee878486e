import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import { applyRollbackBasics, RollbackBasicsForm, toRollbackBasics } from './mapping';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });

describe('rollback form mapping', () => {
  it('keeps the point-of-no-return phase only when there is one, and round-trips', () => {
    const form = {
      ...toRollbackBasics(blank),
      ponrExists: 'yes' as const,
      ponrPhaseId: 'ph-4',
      ponrApprover: 'Priya',
      appRollbackIncludesSchema: 'no' as const,
    };
    const next = applyRollbackBasics(blank, form);
    expect(next.rollback.pointOfNoReturn).toMatchObject({
      exists: 'yes',
      phaseId: 'ph-4',
      approver: 'Priya',
    });
    expect(next.rollback.procedures.appRollbackIncludesSchema).toBe('no');
    expect(
      applyRollbackBasics(next, { ...toRollbackBasics(next), ponrExists: 'no' }).rollback.pointOfNoReturn
        .phaseId,
    ).toBeNull();
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('needs an approver for a point of no return', () => {
    const r = RollbackBasicsForm.safeParse({
      ...toRollbackBasics(blank),
      ponrExists: 'yes',
      ponrApprover: ' ',
    });
    expect(r.error?.issues.map((i) => i.message)).toContain(
      'Name who must approve passing the point of no return.',
    );
  });
});
