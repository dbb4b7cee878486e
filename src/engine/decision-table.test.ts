import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPROACH_ROWS, STRATEGY_ROWS } from './decision-table';
import { evaluate } from './evaluate';
import { RULES } from './rules';
import { DECISION_CASES, decisionPlan } from './testing/decision-cases';

const NOW = new Date('2026-12-01T00:00:00Z');
const doc = readFileSync(new URL('../../docs/engine-decision-table.md', import.meta.url), 'utf8');
const rowsOf = (table: 'strategy' | 'approach') => (table === 'strategy' ? STRATEGY_ROWS : APPROACH_ROWS);
const decision = (table: 'strategy' | 'approach', plan: ReturnType<typeof decisionPlan>) => {
  const e = evaluate(plan, { now: NOW });
  return table === 'strategy'
    ? { pick: e.strategy.recommended, ruleIds: e.strategy.ruleIds }
    : { pick: e.dataApproach.recommended, ruleIds: e.dataApproach.ruleIds };
};

describe('the decision table, row by row', () => {
  it('has a firing and a non-firing case for every row of both tables', () => {
    for (const table of ['strategy', 'approach'] as const) {
      const covered = DECISION_CASES.filter((c) => c.table === table).map((c) => c.id);
      expect(covered).toEqual(rowsOf(table).map((r) => r.id));
    }
  });

  it('is written down in docs/engine-decision-table.md, row for row in the same order and words', () => {
    for (const table of ['strategy', 'approach'] as const) {
      const section = doc.split(`<!-- ${table}-rows -->`)[1]?.split('<!-- end -->')[0] ?? '';
      const lines = section.split('\n').filter((l) => /^\| \d+ /.test(l));
      expect(lines.map((l) => l.split('|')[2]?.trim())).toEqual(rowsOf(table).map((r) => r.id));
      rowsOf(table).forEach((row, i) => {
        expect(lines[i]).toContain(RULES[row.id].specText);
        expect(lines[i]).toContain(`\`${row.pick}\``);
      });
    }
  });

  it.each(DECISION_CASES)('$table $id fires: it decides', ({ id, table, fire }) => {
    const row = rowsOf(table).find((r) => r.id === id);
    const got = decision(table, decisionPlan(fire));
    expect(got.ruleIds[0]).toBe(id);
    expect(got.pick).toBe(row?.pick);
  });

  it.each(DECISION_CASES)('$table $id stays quiet when its fact changes', ({ id, table, quiet }) => {
    expect(decision(table, decisionPlan(quiet)).ruleIds).not.toContain(id);
  });
});
