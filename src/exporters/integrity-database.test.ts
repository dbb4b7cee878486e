import { describe, expect, it } from 'vitest';
import { exampleForRun, ok } from '../engine/run/testing';
import { type Plan, type VerifySession } from '../domain';
import { evaluate } from '../engine';
import { completePhase, recordCheck, startPhase, startRun } from '../engine/run/transitions';
import { recordVerification, saveVerification } from '../verify/transitions';
import { newSession } from '../verify';
import { buildDiagrams } from './diagrams';
import { integrityReport } from './integrity-report';
import { exportReviewHtml } from './review-html';
import { exportRunbook } from './runbook';

const at = (h: number) => new Date(Date.parse('2026-12-09T01:00:00Z') + h * 3_600_000);

/** The example plan, phase 2's checksum check recorded from a verification that found one changed key. */
function recorded(): Plan {
  let p = ok(startRun(exampleForRun(), at(0), '3h'));
  p = ok(startPhase(p, 'ph-1', at(0)));
  p = ok(
    recordCheck(
      p,
      'ph-1',
      { checkId: 'ic-1-1', actualRows: 400_000_000, checksumMatch: null, referentialOk: null },
      at(0.1),
    ),
  );
  p = ok(completePhase(p, 'ph-1', at(0.2)));
  p = ok(startPhase(p, 'ph-2', at(1)));
  const check = p.execution.phases[1]!.integrityChecks[1]!;
  const s = newSession({
    id: 'v1',
    plan: p,
    phaseId: 'ph-2',
    check,
    setup: {
      source: { dialect: 'postgresql', table: 'orders' },
      target: { dialect: 'mysql', table: 'shop.orders' },
      keyColumns: ['id'],
      columns: [],
      where: 'tenant_id = 7',
    },
    now: at(1.1),
  });
  const facts = {
    columns: [{ name: 'id', dataType: 'bigint', typeClass: 'integer' as const }],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: 1_000_000,
    keyMin: '1',
    keyMax: '1000000',
  };
  const round = (number: number, kind: 'describe' | 'checksum' | 'narrow') => ({
    number,
    kind,
    at: at(1.2).toISOString(),
    checked: kind === 'checksum' ? 1_000 : 0,
    mismatched:
      kind === 'checksum'
        ? [{ lo: ['1001'], hi: ['2001'], mod: 1, rem: 0, sourceRows: 1_000, targetRows: 1_000 }]
        : [],
    differences: kind === 'narrow' ? [{ key: ['1500'], kind: 'changed' as const, columns: ['email'] }] : [],
    orphans: [],
    sourceBytes: 0,
    targetBytes: 0,
    note: '',
  });
  const done: VerifySession = {
    ...s,
    source: facts,
    target: facts,
    rounds: [round(1, 'describe'), round(2, 'checksum'), round(3, 'narrow')],
    pending: [],
  };
  p = ok(saveVerification(p, 'ph-2', done));
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
