import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { decisionPlan } from './testing/decision-cases';

const NOW = new Date('2026-12-01T00:00:00Z');

/** An in-place backfill inside a 1 h window that takes 14 h: DC-07 blocks and says what to do. */
const overrun = (dialect: 'postgresql' | 'mysql', moves = false) =>
  decisionPlan((p) => {
    p.assessment.schemaChange.dialect = dialect;
    p.assessment.downtime.kind = 'scheduled-window';
    p.assessment.maintenanceWindow.durationMinutes = 60;
    p.assessment.throughput.rowsPerSecond = 1_000;
    if (moves) {
      p.assessment.components[0]!.move = 'other-cluster';
      p.assessment.components[0]!.changeSync = 'none';
    }
  });
const dc07 = (plan: ReturnType<typeof overrun>) =>
  evaluate(plan, { now: NOW }).findings.find((f) => f.ruleId === 'DC-07');

describe('remedies fit the plan', () => {
  it('name gh-ost and pt-online-schema-change only for an in-place MySQL change', () => {
    const mysql = dc07(overrun('mysql'));
    expect(mysql).toMatchObject({
      severity: 'blocker',
      path: 'assessment.maintenanceWindow.durationMinutes',
    });
    expect(mysql?.remedy).toMatch(/gh-ost or pt-online-schema-change/);
    const pg = dc07(overrun('postgresql'));
    expect(pg?.remedy).not.toMatch(/gh-ost|pt-osc|pt-online/);
    expect(pg?.remedy).toMatch(/pgroll-style expand\/contract|pg-osc/);
  });

  it('for a move to another cluster: the move’s own machinery, never a table rebuild', () => {
    const move = dc07(overrun('mysql', true));
    expect(move?.remedy).toMatch(/replication \(CDC\)/);
    expect(move?.remedy).not.toMatch(/gh-ost|pt-online/);
  });

  it('never ask a plan without a window to extend one, however large the copy', () => {
    const e = evaluate(
      decisionPlan((p) => {
        p.assessment.components[0]!.rows = 900_000_000;
      }),
      { now: NOW },
    );
    expect(e.estimate.windowHours).toBeNull();
    expect(e.questions.some((q) => q.ruleId === 'AQ-03')).toBe(false);
    expect(e.findings.some((f) => f.ruleId === 'DC-07')).toBe(false);
  });
});
