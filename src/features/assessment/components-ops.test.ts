import { describe, expect, it } from 'vitest';
import { createBlankPlan, Plan } from '../../domain';
import {
  addComponent,
  addDependency,
  edgeProblem,
  removeComponent,
  removeDependency,
  updateComponent,
} from './components-ops';

const blank = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });
const withTwo = addComponent(addComponent(blank, 'a'), 'b');

describe('components and dependencies editing', () => {
  it('adds valid components and updates one field', () => {
    const next = updateComponent(withTwo, 'a', { name: 'orders', rows: 400_000_000, stateful: true });
    expect(next.assessment.components.map((c) => c.name)).toEqual(['orders', 'component-2']);
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('adds a dependency once and refuses self, duplicate and unknown edges', () => {
    const one = addDependency(withTwo, { from: 'a', to: 'b' });
    expect(one.assessment.dependencies).toEqual([{ from: 'a', to: 'b' }]);
    expect(edgeProblem(one, { from: 'a', to: 'b' })).toBe('duplicate');
    expect(edgeProblem(one, { from: 'a', to: 'a' })).toBe('self');
    expect(edgeProblem(one, { from: 'a', to: 'zzz' })).toBe('unknown');
    expect(addDependency(one, { from: 'a', to: 'a' })).toBe(one);
    expect(removeDependency(one, 0).assessment.dependencies).toEqual([]);
  });

  it('removing a component removes its edges', () => {
    const linked = addDependency(withTwo, { from: 'a', to: 'b' });
    const next = removeComponent(linked, 'b');
    expect(next.assessment.components.map((c) => c.id)).toEqual(['a']);
    expect(next.assessment.dependencies).toEqual([]);
  });
});
