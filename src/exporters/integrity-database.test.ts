import { describe, expect, it } from 'vitest';
import { at, inPhase2, ok } from '../engine/run/testing';
import { type Plan } from '../domain';
import { evaluate } from '../engine';
import { recordVerification, saveVerification } from '../verify/transitions';
import { ordersSetup, verifiedChecksum } from '../verify/testing/session';
import { buildDiagrams } from './diagrams';
import { integrityReport } from './integrity-report';
import { exportReviewHtml } from './review-html';
import { exportRunbook } from './runbook';

/** The example plan, phase 2's checksum check recorded from a verification that found one changed key. */
function recorded(): Plan {
  const running = inPhase2();
  const done = verifiedChecksum(running, {
    id: 'v1',
    setup: ordersSetup({ target: { dialect: 'mysql', table: 'shop.orders' }, where: 'tenant_id = 7' }),
    startedAt: at(1.1),
    roundsAt: at(1.2),
    rows: 1_000_000,
    rounds: [
      { kind: 'describe' },
      {
        kind: 'checksum',
        checked: 1_000,
        mismatched: [{ lo: ['1001'], hi: ['2001'], mod: 1, rem: 0, sourceRows: 1_000, targetRows: 1_000 }],
      },
      { kind: 'narrow', differences: [{ key: ['1500'], kind: 'changed', columns: ['email'] }] },
    ],
  });
  const p = ok(saveVerification(running, 'ph-2', done));
  return ok(recordVerification(p, 'ph-2', 'v1', at(1.3)));
}

describe('database verification in the integrity report, runbook and review', () => {
  it('carries what was compared, the checksum and the differing keys', () => {
    const plan = recorded();
    const check = integrityReport(plan, at(2)).phases[1]!.checks[1]!;
    expect(check).toMatchObject({
      source: 'database',
      passed: false,
      checksumMatch: false,
      actualRows: 1_000_000,
    });
    expect(check.database).toMatchObject({
      stale: false,
      source: { dialect: 'postgresql', table: 'orders', rows: 1_000_000 },
      target: { dialect: 'mysql', table: 'shop.orders', rows: 1_000_000 },
      where: 'tenant_id = 7',
      checksum: 'mismatch',
      chunks: 1_000,
      mismatchedChunks: 1,
      differences: { missing: 0, extra: 0, changed: 1, keys: ['1500 (changed)'] },
      rounds: 3,
    });
    const evaluation = evaluate(plan, { now: at(2) });
    const line = 'verified in the databases at Wed 9 Dec 2026, 02:12 UTC (postgresql orders';
    // The runbook escapes Markdown's punctuation.
    const md = exportRunbook(plan, evaluation, { now: at(2) }).replace(/\\(.)/g, '$1');
    expect(md).toContain(`- Phase 2, orders (id, id_new): ${line}`);
    const html = exportReviewHtml(plan, evaluation, {
      now: at(2),
      diagrams: buildDiagrams(plan, evaluation),
      svgs: {},
    });
    expect(html).toContain(line);
    expect(html).toContain('1 of 1000 chunks differ; 1 differing keys (1500 (changed))');
  });

  it('says when the verification has gone stale', () => {
    const plan = recorded();
    const check = integrityReport(plan, at(30)).phases[1]!.checks[1]!;
    expect(check.database).toMatchObject({
      stale: true,
      staleReason: 'verified 28 hours ago (stale after 24)',
    });
    expect(
      exportRunbook(plan, evaluate(plan, { now: at(30) }), { now: at(30) }).replace(/\\(.)/g, '$1'),
    ).toContain('STALE: verified 28 hours ago (stale after 24).');
  });
});
