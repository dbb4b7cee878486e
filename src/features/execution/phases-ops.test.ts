import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import {
  addCheck,
  addPhase,
  addStep,
  movePhase,
  removeCheck,
  removePhase,
  removeStep,
  updateCheck,
  updatePhase,
  updateStep,
} from './phases-ops';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });
const three = addPhase(addPhase(addPhase(blank, 'a'), 'b'), 'c');
const ids = (p: Plan) => p.execution.phases.map((x) => x.id);

describe('phases editing', () => {
  it('adds, reorders within bounds and removes phases', () => {
    expect(ids(three)).toEqual(['a', 'b', 'c']);
    expect(ids(movePhase(three, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(movePhase(three, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(movePhase(three, 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(removePhase(three, 'b'))).toEqual(['a', 'c']);
  });

  it('clears the point of no return when its phase is removed', () => {
    const marked = {
      ...three,
      rollback: {
        ...three.rollback,
        pointOfNoReturn: { ...three.rollback.pointOfNoReturn, exists: 'yes' as const, phaseId: 'b' },
      },
    };
    expect(removePhase(marked, 'b').rollback.pointOfNoReturn.phaseId).toBeNull();
    expect(removePhase(marked, 'a').rollback.pointOfNoReturn.phaseId).toBe('b');
  });

  it('edits steps and integrity checks and stays a valid plan', () => {
    let p = updatePhase(three, 'a', { kind: 'expand', durationMinutes: 30, name: 'Expand' });
    p = addStep(p, 'a', { id: 's', text: 'Add column', sql: '' });
    p = updateStep(p, 'a', 's', { sql: 'ALTER TABLE t ADD COLUMN c int;' });
    p = addCheck(p, 'a', {
      id: 'k',
      kind: 'row-count',
      target: 't',
      expectedRows: 10,
      checksumTarget: '',
      constraint: '',
    });
    p = updateCheck(p, 'a', 'k', { expectedRows: 12 });
    expect(p.execution.phases[0]?.steps[0]?.sql).toContain('ADD COLUMN');
    expect(p.execution.phases[0]?.integrityChecks[0]?.expectedRows).toBe(12);
    expect(Plan.safeParse(p).success).toBe(true);
    expect(removeCheck(removeStep(p, 'a', 's'), 'a', 'k').execution.phases[0]).toMatchObject({
      steps: [],
      integrityChecks: [],
    });
  });
});
