import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { evaluate } from './evaluate';

const v1Text = readFileSync(new URL('../domain/fixtures/plan-v1.json', import.meta.url), 'utf8');

describe('a format-1 plan, upgraded', () => {
  it('still evaluates as before: canary with expand-contract, the swap in the window, ready', () => {
    const loaded = loadPlanText(v1Text);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const e = evaluate(loaded.plan, { now: new Date('2026-12-05T00:00:00Z') });
    expect(e.strategy.recommended).toBe('canary');
    expect(e.dataApproach.recommended).toBe('expand-contract');
    // Pausable phases run online (the pausable migrate phase carries the copy); the swap starts inside
    // the window; the phase that drops the old column deletes source data: the point of no return.
    expect(e.estimate.phases.map((p) => [p.timing, p.copy])).toEqual([
      ['online', false],
      ['online', true],
      ['in-window', false],
      ['online', false],
    ]);
    expect(e.estimate.fitsWindow).toBe(true);
    expect(e.pointOfNoReturn.computed?.phaseId).toBe('ph-4');
    expect(e.readiness.ready).toBe(true);
    expect(e.questions).toEqual([]);
  });
});
