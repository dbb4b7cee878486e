import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { readyPlan } from './testing/ready-plan';
import { createIndexRisk as risk } from './testing/sql-risk';
import type { SqlFacts, SqlRiskFact } from './types';

const NOW = new Date('2026-12-05T00:00:00Z');

const facts = (...risks: SqlRiskFact[][]): SqlFacts => ({
  dialect: 'postgresql',
  parseError: null,
  statements: risks.map((r, index) => ({
    index,
    line: index + 1,
    text: `statement ${index + 1}`,
    classification: r.some((x) => x.ruleId === 'PG-000') ? 'unclassified' : 'risky',
    ruleIds: r.map((x) => x.ruleId),
    table: 'orders',
    risks: r,
  })),
});

const sqlFindings = (sql: SqlFacts, zero = true) => {
  const plan = readyPlan();
  plan.assessment.downtime.kind = zero ? 'zero' : 'scheduled-window';
  return evaluate(plan, { now: NOW, sql: { forward: sql } }).findings.filter((f) =>
    /^(PG|SQL)-/.test(f.ruleId),
  );
};

describe('SQL risk findings (engine)', () => {
  it('maps risk to severity and carries the safe rewrite', () => {
    const [f] = sqlFindings(facts([risk({})]));
    expect(f).toMatchObject({
      ruleId: 'PG-006',
      severity: 'warning',
      path: 'assessment.schemaChange.forwardSql',
    });
    expect(f?.message).toContain('at line 1 (statement 1)');
    expect(f?.remedy).toContain('Safe rewrite:\nCREATE INDEX CONCURRENTLY i ON orders (a);');
  });
  it('makes a write-blocking scan or rewrite of 1M+ rows a blocker under zero downtime only', () => {
    const big = risk({ rows: 2_000_000 });
    expect(sqlFindings(facts([big]))[0]?.severity).toBe('blocker');
    expect(sqlFindings(facts([big]), false)[0]?.severity).toBe('warning');
    // A scan that blocks nothing (VALIDATE-like) is not an outage.
    expect(sqlFindings(facts([{ ...big, blocks: { reads: false, writes: false } }]))[0]?.severity).toBe(
      'warning',
    );
  });
  it('lists every statement that could not be analysed, and folds low risks into one note per rule', () => {
    const unknown = risk({ ruleId: 'PG-000', risk: 'medium', lock: null, title: 'unclassified' });
    const low = risk({ ruleId: 'PG-032', risk: 'low', title: 'integer or smallint column' });
    const found = sqlFindings(facts([unknown], [low], [low], [unknown]));
    expect(found.find((f) => f.ruleId === 'PG-000')?.message).toMatch(
      /2 statements that no rule could analyse.*line 1 \(statement 1\); line 4 \(statement 4\)/,
    );
    const notes = found.filter((f) => f.ruleId === 'PG-032');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info' });
    expect(notes[0]?.message).toContain('at lines 2, 3');
  });
});
