import { describe, expect, it } from 'vitest';
import { createBlankPlan, Phase, PhaseRun, type Plan } from '../domain';
import { localRehearsal, withRollbackTest } from '../domain/testing/plan-parts';
import { evaluate } from '../engine';
import { integrityReport } from './integrity-report';
import { exportReviewHtml } from './review-html';
import { exportRunbook } from './runbook';

const now = new Date('2026-12-09T03:00:00Z');

/** A blank plan with one migrate phase holding the given checks (a checksum where it names a checksum target). */
function planWith(
  checks: Array<{ id: string; target: string; expectedRows?: number; checksumTarget?: string }>,
) {
  const plan = createBlankPlan({ id: 'p', now });
  const integrityChecks = checks.map((c) => ({ kind: c.checksumTarget ? 'checksum' : 'row-count', ...c }));
  plan.execution.phases = [
    Phase.parse({
      id: 'a',
      name: 'Backfill',
      kind: 'migrate',
      durationMinutes: 10,
      pausable: true,
      integrityChecks,
    }),
  ];
  return plan;
}

/** Phase a's run with these recorded checks, all at `now`. */
const ranWith = (
  plan: Plan,
  status: 'running' | 'failed',
  checks: Array<{ checkId: string; actualRows: number; passed: boolean; source?: 'csv-export' }>,
) => {
  const at = now.toISOString();
  plan.run.phases = [
    PhaseRun.parse({ phaseId: 'a', status, startedAt: at, checks: checks.map((c) => ({ at, ...c })) }),
  ];
};

/** The runbook and the review document of a plan, as the Outputs step exports them. */
const documents = (plan: Plan) => {
  const e = evaluate(plan, { now });
  return {
    md: exportRunbook(plan, e, { now }),
    html: exportReviewHtml(plan, e, { now, diagrams: [], svgs: {} }),
  };
};

describe('integrity report', () => {
  it('reports the latest record of each check, per phase, and counts what is missing', () => {
    const plan = planWith([
      { id: 'k1', target: 'orders', expectedRows: 10 },
      { id: 'k2', target: 'orders', checksumTarget: 'sum' },
    ]);
    ranWith(plan, 'running', [
      { checkId: 'k1', actualRows: 9, passed: false },
      { checkId: 'k1', actualRows: 10, passed: true, source: 'csv-export' },
    ]);
    const r = integrityReport(plan, now);
    expect(r.summary).toEqual({ phases: 1, checksRecorded: 2, passed: 1, failed: 0, missing: 1 });
    expect(r.phases[0]?.checks[0]).toMatchObject({
      expectedRows: 10,
      actualRows: 10,
      passed: true,
      source: 'csv-export',
    });
    expect(r.phases[0]?.checks[1]?.passed).toBeNull();
  });
});

describe('integrity results in the runbook and the review document', () => {
  it('appear once checks are recorded, escaped', () => {
    const plan = planWith([{ id: 'k1', target: 'orders|<b>x</b>', expectedRows: 10 }]);
    expect(documents(plan).md).not.toContain('## Integrity report');
    ranWith(plan, 'failed', [{ checkId: 'k1', actualRows: 9, passed: false }]);
    const { md, html } = documents(plan);
    expect(md).toContain('## Integrity report');
    expect(md).toContain('| 1 | row\\-count | orders\\|\\<b\\>x\\</b\\> | 10 | 9 | — | — | **FAIL** |');
    expect(html).toContain('<h2 id="integrity">Integrity report</h2>');
    expect(html).toContain('orders|&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('the local rehearsal in the runbook and the review document', () => {
  it('shows the verdict and the recorded observations, escaped', () => {
    const rehearsal = localRehearsal({
      result: 'fail',
      notes:
        'Verdict: fail. index orders_customer_idx missing\nObserved locks (forward):\n- line 2: ALTER TABLE orders ADD COLUMN note text — orders AccessExclusiveLock; no rewrite; 3 ms',
    });
    const { md, html } = documents(withRollbackTest(createBlankPlan({ id: 'p', now }), rehearsal));
    expect(md).toContain('## Local rollback rehearsal');
    expect(md).toContain('**Failed**');
    expect(md).toContain('orders AccessExclusiveLock');
    expect(html).toContain('<h2 id="rehearsal">Local rollback rehearsal</h2>');
    expect(html).toContain('index orders_customer_idx missing');
  });
});
