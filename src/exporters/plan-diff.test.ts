import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import example from '../../public/examples/orders-bigint.json';
import { countChanges, diffPlans } from './plan-diff';

const before = Plan.parse(example);

describe('plan diff', () => {
  it('finds nothing between a plan and itself', () => {
    expect(countChanges(diffPlans(before, structuredClone(before)))).toBe(0);
  });
  it("does not count a duplicate's own id and creation time as changes", () => {
    const copy = { ...structuredClone(before), id: 'other-id', createdAt: '2026-12-01T09:00:00.000Z' };
    expect(countChanges(diffPlans(before, copy))).toBe(0);
  });
  it('reports added, removed and changed items section by section, with labels and paths', () => {
    const after = structuredClone(before);
    after.title = 'New title';
    const second = after.execution.phases[1];
    if (second) second.verification = 'Counts match.';
    const first = after.execution.phases[0];
    if (first) after.execution.phases.splice(2, 0, { ...first, id: 'ph-new', name: 'Inserted phase' });
    after.rollback.triggers.pop();
    after.assessment.dependencies.push({ from: 'c-billing', to: 'c-analytics' });
    const sections = diffPlans(before, after);
    const by = (id: string) => sections.find((s) => s.id === id)?.changes ?? [];
    expect(by('details')).toEqual([
      expect.objectContaining({ kind: 'changed', path: 'title', label: 'Title', after: 'New title' }),
    ]);
    expect(by('assessment')).toEqual([
      expect.objectContaining({
        kind: 'added',
        path: 'assessment.dependencies[4]',
        label: 'Dependency c-billing → c-analytics',
      }),
    ]);
    expect(by('rollback')).toEqual([
      expect.objectContaining({
        kind: 'removed',
        path: 'rollback.triggers[4]',
        label: expect.stringMatching(/^Trigger “Replication lag/) as string,
      }),
    ]);
    // An inserted phase is one addition, not a change to every later phase.
    expect(by('execution').map((c) => [c.kind, c.path, c.label])).toEqual([
      [
        'changed',
        'execution.phases[1].verification',
        'Phase “Migrate: batched backfill of id_new” › Verification',
      ],
      ['added', 'execution.phases[2]', 'Phase “Inserted phase”'],
    ]);
    expect(by('run')).toEqual([]);
  });
  it('notices a reorder', () => {
    const after = structuredClone(before);
    after.execution.phases.reverse();
    expect(diffPlans(before, after).find((s) => s.id === 'execution')?.changes).toEqual([
      expect.objectContaining({ kind: 'changed', path: 'execution.phases', label: 'Phases (order)' }),
    ]);
  });
});
