import { describe, expect, it } from 'vitest';
import { createBlankPlan, PHASE_RUN_UNKNOWN, type IntegrityCheck, type Phase } from '../domain';
import { integrityReport } from './integrity-report';

/** One migrate phase with the given checks: the shape every case below starts from. */
const backfillPhase = (integrityChecks: IntegrityCheck[]): Phase => ({
  id: 'a',
  name: 'Backfill',
  owner: '',
  kind: 'migrate',
  plannedStart: null,
  durationMinutes: 10,
  steps: [],
  verification: '',
  pausable: true,
  deletesSource: false,
  integrityChecks,
  ...PHASE_RUN_UNKNOWN,
});

describe('integrity report', () => {
  it('reports the latest record of each check, per phase, and counts what is missing', () => {
    const now = new Date('2026-12-09T03:00:00Z');
    const plan = createBlankPlan({ id: 'p', now });
    plan.execution.phases = [
      backfillPhase([
        {
          id: 'k1',
          kind: 'row-count',
          target: 'orders',
          expectedRows: 10,
          checksumTarget: '',
          constraint: '',
        },
        {
          id: 'k2',
          kind: 'checksum',
          target: 'orders',
          expectedRows: null,
          checksumTarget: 'sum',
          constraint: '',
        },
      ]),
    ];
    plan.run.phases = [
      {
        phaseId: 'a',
        status: 'running',
        startedAt: now.toISOString(),
        completedAt: null,
        pointOfNoReturnApprovedBy: '',
        pointOfNoReturnApprovedAt: null,
        steps: [],
        checks: [
          {
            checkId: 'k1',
            at: now.toISOString(),
            actualRows: 9,
            checksumMatch: null,
            referentialOk: null,
            passed: false,
            source: 'manual',
            notes: '',
          },
          {
            checkId: 'k1',
            at: now.toISOString(),
            actualRows: 10,
            checksumMatch: null,
            referentialOk: null,
            passed: true,
            source: 'csv-export',
            notes: '',
          },
        ],
      },
    ];
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
  it('appear once checks are recorded, escaped', async () => {
    const { evaluate } = await import('../engine');
    const { exportRunbook } = await import('./runbook');
    const { exportReviewHtml } = await import('./review-html');
    const now = new Date('2026-12-09T03:00:00Z');
    const plan = createBlankPlan({ id: 'p', now });
    plan.execution.phases = [
      backfillPhase([
        {
          id: 'k1',
          kind: 'row-count',
          target: 'orders|<b>x</b>',
          expectedRows: 10,
          checksumTarget: '',
          constraint: '',
        },
      ]),
    ];
    const e = evaluate(plan, { now });
    expect(exportRunbook(plan, e, { now })).not.toContain('## Integrity report');
    plan.run.phases = [
      {
        phaseId: 'a',
        status: 'failed',
        startedAt: now.toISOString(),
        completedAt: null,
        pointOfNoReturnApprovedBy: '',
        pointOfNoReturnApprovedAt: null,
        steps: [],
        checks: [
          {
            checkId: 'k1',
            at: now.toISOString(),
            actualRows: 9,
            checksumMatch: null,
            referentialOk: null,
            passed: false,
            source: 'manual',
            notes: '',
          },
        ],
      },
    ];
    const md = exportRunbook(plan, evaluate(plan, { now }), { now });
    expect(md).toContain('## Integrity report');
    expect(md).toContain('| 1 | row\\-count | orders\\|\\<b\\>x\\</b\\> | 10 | 9 | — | — | **FAIL** |');
    const html = exportReviewHtml(plan, evaluate(plan, { now }), { now, diagrams: [], svgs: {} });
    expect(html).toContain('<h2 id="integrity">Integrity report</h2>');
    expect(html).toContain('orders|&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('the local rehearsal in the runbook and the review document', () => {
  it('shows the verdict and the recorded observations, escaped', async () => {
    const { evaluate } = await import('../engine');
    const { exportRunbook } = await import('./runbook');
    const { exportReviewHtml } = await import('./review-html');
    const now = new Date('2026-12-09T03:00:00Z');
    const plan = createBlankPlan({ id: 'p', now });
    plan.rollback.tests = [
      {
        id: 't',
        kind: 'local-rehearsal',
        environment: 'local rehearsal (PostgreSQL 18.6, PGlite)',
        date: '2026-12-01',
        result: 'fail',
        productionLikeData: false,
        notes:
          'Verdict: fail. index orders_customer_idx missing\nObserved locks (forward):\n- line 2: ALTER TABLE orders ADD COLUMN note text — orders AccessExclusiveLock; no rewrite; 3 ms',
      },
    ];
    const e = evaluate(plan, { now });
    const md = exportRunbook(plan, e, { now });
    expect(md).toContain('## Local rollback rehearsal');
    expect(md).toContain('**Failed**');
    expect(md).toContain('orders AccessExclusiveLock');
    const html = exportReviewHtml(plan, e, { now, diagrams: [], svgs: {} });
    expect(html).toContain('<h2 id="rehearsal">Local rollback rehearsal</h2>');
    expect(html).toContain('index orders_customer_idx missing');
  });
});
