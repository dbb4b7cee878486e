import { describe, expect, it } from 'vitest';
import { at, countRows, errorOf, inPhase2, ok } from '../engine/run/testing';
import { type Plan, type VerifySession } from '../domain';
import { evaluate } from '../engine';
import { AUDIT_LINE_PATTERNS } from '../domain/audit-line';
import { completePhase, isRunError } from '../engine/run/transitions';
import { ordersSetup, verifiedChecksum } from './testing/session';
import { recordVerification, saveVerification } from './transitions';

/** A verification that went through describe and checksum rounds, as the panel would have saved it. */
const verified = (plan: Plan, mismatch: boolean): VerifySession =>
  verifiedChecksum(plan, {
    id: 'verify-a',
    setup: ordersSetup({ columns: ['id', 'id_new'] }),
    startedAt: at(1.5),
    roundsAt: at(1.6),
    rows: 400_000_000,
    rounds: [
      { kind: 'describe', sourceBytes: 1, targetBytes: 1 },
      {
        kind: 'checksum',
        checked: 1_000,
        mismatched: mismatch
          ? [{ lo: ['1'], hi: ['400001'], mod: 1, rem: 0, sourceRows: 400_000, targetRows: 400_000 }]
          : [],
        sourceBytes: 1,
        targetBytes: 1,
      },
    ],
  });

describe('recording a database verification', () => {
  it("keeps the rounds with the phase and records the check with the spec's audit line", () => {
    let p = inPhase2();
    const s = verified(p, false);
    p = ok(saveVerification(p, 'ph-2', s));
    p = ok(recordVerification(p, 'ph-2', s.id, at(2)));
    const run = p.run.phases.find((r) => r.phaseId === 'ph-2')!;
    const record = run.checks.at(-1)!;
    expect(record).toMatchObject({
      checkId: 'ic-2-2',
      source: 'database',
      passed: true,
      checksumMatch: true,
      actualRows: 400_000_000,
    });
    expect(run.verifications?.[0]?.recordedAt).toBe(record.at);
    const line = p.auditLog.at(-1)!.line;
    expect(line).toMatch(AUDIT_LINE_PATTERNS['integrity-check']);
    expect(line).toContain('rows_expected=400000000, rows_actual=400000000, checksum=match');
  });

  it('fails the check on a mismatch, which halts the run (FM-02)', () => {
    let p = inPhase2();
    const s = verified(p, true);
    p = ok(recordVerification(ok(saveVerification(p, 'ph-2', s)), 'ph-2', s.id, at(2)));
    expect(p.run.phases.find((r) => r.phaseId === 'ph-2')?.checks.at(-1)?.passed).toBe(false);
    expect(p.run.status).toBe('halted');
  });

  it('goes stale after 24 hours or when the plan’s tables change, and GR-06 then holds the phase', () => {
    let p = inPhase2();
    const s = verified(p, false);
    p = ok(saveVerification(p, 'ph-2', s));
    p = ok(recordVerification(p, 'ph-2', s.id, at(2)));
    p = countRows(p, 'ph-2', 'ic-2-1', 400_000_000, at(2));
    const gr06 = (plan: Plan, h: number) =>
      evaluate(plan, { now: at(h) }).findings.filter(
        (f) => f.ruleId === 'GR-06' && f.message.includes('stale'),
      );
    expect(gr06(p, 3)).toEqual([]);
    expect(gr06(p, 27)).toHaveLength(1);
    expect(errorOf(completePhase(p, 'ph-2', at(27)))).toMatch(/^Verify ic-2-2 again: verified 25 hours ago/);
    expect(errorOf(recordVerification(p, 'ph-2', s.id, at(27)))).toMatch(/stale/);
    const edited: Plan = {
      ...p,
      assessment: {
        ...p.assessment,
        components: p.assessment.components.map((c) =>
          c.id === 'c-orders-db' ? { ...c, name: 'orders_v2' } : c,
        ),
      },
    };
    expect(gr06(edited, 3)[0]?.message).toContain("the plan's tables or this check changed");
    expect(isRunError(completePhase(p, 'ph-2', at(3)))).toBe(false);
  });

  it('refuses before the checksum round, and outside a running phase', () => {
    const p = inPhase2();
    const s = { ...verified(p, false), rounds: [] };
    expect(errorOf(recordVerification(ok(saveVerification(p, 'ph-2', s)), 'ph-2', s.id, at(2)))).toBe(
      'Run the checksum round first.',
    );
    expect(errorOf(saveVerification(p, 'ph-3', { ...s, checkId: 'ic-3-1' }))).toBe(
      'Start the phase before verifying its checks.',
    );
  });
});
