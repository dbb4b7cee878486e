import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_APPROACHES, DEPLOYMENT_STRATEGIES } from '../domain';
import { APPROACH_ROWS, STRATEGY_ROWS } from './decision-table';
import { evaluate } from './evaluate';
import * as arb from './testing/plan-arbitrary';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('every recommendation is reachable', () => {
  it('every strategy and every data approach is recommended for some valid generated plan', () => {
    const strategies = new Set<string>();
    const approaches = new Set<string>();
    const rows = new Set<string>();
    // A fixed seed keeps the sample the same from run to run; 2,000 plans reach every row many times.
    for (const plan of fc.sample(arb.plan, { numRuns: 2_000, seed: 21 })) {
      const e = evaluate(plan, { now: NOW });
      strategies.add(e.strategy.recommended);
      approaches.add(e.dataApproach.recommended);
      rows.add(`strategy ${e.strategy.ruleIds[0] ?? ''}`);
      rows.add(`approach ${e.dataApproach.ruleIds[0] ?? ''}`);
    }
    expect([...strategies].sort()).toEqual([...DEPLOYMENT_STRATEGIES].sort());
    expect([...approaches].sort()).toEqual([...DATA_APPROACHES].sort());
    const all = [
      ...STRATEGY_ROWS.map((r) => `strategy ${r.id}`),
      ...APPROACH_ROWS.map((r) => `approach ${r.id}`),
    ];
    expect(all.filter((r) => !rows.has(r))).toEqual([]);
  });

  it('the recommendation always leads with a decision-table row that picks it', () => {
    fc.assert(
      fc.property(arb.plan, (plan) => {
        const e = evaluate(plan, { now: NOW });
        const s = STRATEGY_ROWS.find((r) => r.id === e.strategy.ruleIds[0]);
        const a = APPROACH_ROWS.find((r) => r.id === e.dataApproach.ruleIds[0]);
        expect(s?.pick).toBe(e.strategy.recommended);
        expect(a?.pick).toBe(e.dataApproach.recommended);
        expect(e.strategy.ranked[0]?.strategy).toBe(e.strategy.recommended);
      }),
      { numRuns: 300 },
    );
  });
});
