import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { readyPlan } from '../engine/testing/ready-plan';
import { createIndexRisk } from '../engine/testing/sql-risk';
import { exportReviewHtml } from './review-html';
import { exportRunbook } from './runbook';

const NOW = new Date('2026-12-05T00:00:00Z');

describe('SQL review in the exports', () => {
  const plan = readyPlan();
  const statement = {
    index: 0,
    line: 2,
    text: 'CREATE INDEX i ON orders (a)',
    classification: 'risky' as const,
    ruleIds: ['PG-006'],
    table: 'orders',
    risks: [createIndexRisk({ fixSql: '' })],
  };
  const evaluation = evaluate(plan, {
    now: NOW,
    sql: { rollback: { dialect: 'postgresql', parseError: null, statements: [statement] } },
  });
  it('lists each statement risk with its path in the runbook and the review document', () => {
    const runbook = exportRunbook(plan, evaluation, { now: NOW });
    expect(runbook).toContain('## SQL review');
    expect(runbook).toMatch(
      /\*\*warning\*\* `PG-006` at `rollback\.procedures\.rollbackSql`: The rollback script at line 2/,
    );
    const html = exportReviewHtml(plan, evaluation, { now: NOW, diagrams: [], svgs: {} });
    expect(html).toContain('<h2 id="sql-review">SQL review</h2>');
    expect(html).toContain('SHARE lock (blocks writes)');
  });
});
