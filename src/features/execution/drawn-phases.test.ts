import { describe, expect, it } from 'vitest';
import {
  drawMore,
  drawThrough,
  FIRST_PHASES,
  itemIndex,
  PHASES_PER_TASK,
  shownCount,
  startDrawing,
  type Drawn,
} from './drawn-phases';

/** Every count the list goes through, one per task, until it is whole. */
function counts(total: number): number[] {
  let state: Drawn = startDrawing(total);
  const out = [shownCount(state, total)];
  while (!state.complete) {
    state = drawMore(state, total);
    out.push(shownCount(state, total));
  }
  return out;
}

describe('phase cards drawn a chunk per task', () => {
  it('draws a plan of a few phases whole at once, as before', () => {
    expect(counts(4)).toEqual([4]);
    expect(counts(FIRST_PHASES)).toEqual([FIRST_PHASES]);
    expect(startDrawing(0)).toEqual({ drawn: 0, complete: true });
  });

  it('draws 500 phases in chunks, none larger than a task should hold, until every one is in', () => {
    const steps = counts(500);
    expect(steps[0]).toBe(FIRST_PHASES);
    expect(steps.at(-1)).toBe(500);
    for (let i = 1; i < steps.length; i += 1) {
      const added = steps[i]! - steps[i - 1]!;
      expect(added).toBeGreaterThan(0);
      expect(added).toBeLessThanOrEqual(PHASES_PER_TASK);
    }
    expect(steps.length).toBe(1 + Math.ceil((500 - FIRST_PHASES) / PHASES_PER_TASK));
  });

  it('once whole, shows a phase added later at once, and never more cards than phases', () => {
    let state = startDrawing(60);
    while (!state.complete) state = drawMore(state, 60);
    expect(shownCount(state, 61)).toBe(61);
    expect(shownCount(startDrawing(500), 10)).toBe(10);
  });

  it('draws through a phase a finding links to, then goes on from there', () => {
    const start = startDrawing(500);
    const through = drawThrough(start, 500, 412);
    expect(shownCount(through, 500)).toBe(413);
    expect(through.complete).toBe(false);
    expect(shownCount(drawMore(through, 500), 500)).toBe(413 + PHASES_PER_TASK);
    // Already drawn, or past the end: nothing to do, or no further than the last card.
    expect(drawThrough(start, 500, 3)).toBe(start);
    expect(drawThrough(start, 500, 9999)).toEqual({ drawn: 500, complete: true });
  });

  it('reads the phase index from a finding path of that list only', () => {
    expect(itemIndex('execution.phases', 'execution.phases[412].steps[0].sql')).toBe(412);
    expect(itemIndex('execution.phases', 'execution.phases[7]')).toBe(7);
    expect(itemIndex('execution.phases', 'execution.phases')).toBeNull();
    expect(itemIndex('execution.phases', 'execution.phasesX[1]')).toBeNull();
    expect(itemIndex('execution.phases', 'rollback.tests[2]')).toBeNull();
  });
});
