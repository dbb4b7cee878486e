import { describe, expect, it } from 'vitest';
import { createBlankPlan, Phase } from '../domain';
import { evaluate } from '../engine';
import { analysePlanSql } from './sql-hook';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('CLI SQL analysis', () => {
  it('parses the forward script and phase steps, and the engine judges the statements', async () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    plan.assessment.scope = ['schema'];
    plan.assessment.schemaChange.forwardSql =
      "SET lock_timeout = '3s';\nALTER TABLE orders RENAME COLUMN note TO remark;\n";
    plan.execution.phases = [
      Phase.parse({
        id: 'ph',
        name: 'Expand',
        kind: 'expand',
        steps: [{ id: 's1', text: 'drop it', sql: 'ALTER TABLE orders DROP COLUMN legacy;' }],
      }),
    ];
    const sql = await analysePlanSql(plan);
    expect(sql.forward?.statements.map((s) => s.classification)).toEqual(['expand', 'breaking']);
    expect(sql.forward?.statements[1]?.line).toBe(2);
    expect(sql.steps?.['s1']?.statements[0]?.classification).toBe('destructive');
    const e = evaluate(plan, { now: NOW, sql });
    expect(e.questions.some((q) => q.ruleId === 'AQ-02' && q.text.includes('RENAME COLUMN'))).toBe(true);
    expect(e.findings.some((f) => f.ruleId === 'GR-04' && f.severity === 'blocker')).toBe(true);
  });
});
