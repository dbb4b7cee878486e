import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { RULE_IDS } from './rules';
import { cites, NOW, planWith } from './testing/ready-plan';
import { AQ_RT_CASES } from './testing/rule-cases-aq-rt';
import { DC_GR_CASES } from './testing/rule-cases-dc-gr';

const CASES = [...DC_GR_CASES, ...AQ_RT_CASES];

describe('every rule id, firing and quiet', () => {
  it('has a case for every DC, GR, AQ, FM, SC and RT rule', () => {
    const covered = new Set(CASES.map((c) => c.id));
    const missing = RULE_IDS.filter((id) => !/^(ST|DA)-/.test(id) && !covered.has(id));
    expect(missing).toEqual([]);
  });

  it.each(CASES)('$id fires', ({ id, fire, severity, check }) => {
    const e = evaluate(planWith(fire), { now: NOW });
    expect(cites(e, id)).toBe(true);
    if (severity)
      expect(e.findings.filter((f) => f.ruleId === id).map((f) => f.severity)).toContain(severity);
    check?.(e);
  });

  it.each(CASES)('$id stays quiet', ({ id, quiet, quietCheck }) => {
    const e = evaluate(planWith(quiet ?? (() => {})), { now: NOW });
    expect(cites(e, id)).toBe(false);
    quietCheck?.(e);
  });

  it('the ready plan is ready, with no warnings and no questions', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW },
    );
    expect(e.readiness).toMatchObject({ ready: true, blockers: [], warnings: 0, openQuestions: 0 });
  });
});
