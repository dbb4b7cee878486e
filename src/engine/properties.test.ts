import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { evaluate } from './evaluate';
import { isKnownRuleId } from './rules';
import { isSqlRuleId } from './sql-findings';
import * as arb from './testing/plan-arbitrary';
import type { Evaluation } from './types';

const RUNS = { numRuns: 300 };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const blockerKeys = (e: Evaluation): string[] => e.readiness.blockers.map((b) => `${b.ruleId} ${b.path}`);

describe('evaluate over generated valid plans', () => {
  it('never throws, whatever the plan, clock and SQL facts', () => {
    fc.assert(
      fc.property(arb.plan, arb.now, arb.sqlContext, (plan, now, sql) => {
        evaluate(plan, sql ? { now, sql } : { now });
      }),
      RUNS,
    );
  });

  it('is deterministic for the same now', () => {
    fc.assert(
      fc.property(arb.plan, arb.now, arb.sqlContext, (plan, now, sql) => {
        const ctx = sql ? { now, sql } : { now };
        expect(evaluate(structuredClone(plan), ctx)).toEqual(evaluate(plan, ctx));
      }),
      RUNS,
    );
  });

  it('does not mutate its input (deep-frozen plan and context, compared with a clone)', () => {
    fc.assert(
      fc.property(arb.plan, arb.now, arb.sqlContext, (plan, now, sql) => {
        const before = structuredClone(plan);
        const sqlBefore = structuredClone(sql);
        const ctx = deepFreeze(sql ? { now, sql } : { now });
        evaluate(deepFreeze(plan), ctx);
        expect(plan).toEqual(before);
        expect(sql).toEqual(sqlBefore);
      }),
      RUNS,
    );
  });

  it('cites only known rule ids, and every finding says where', () => {
    fc.assert(
      fc.property(arb.plan, arb.now, arb.sqlContext, (plan, now, sql) => {
        const e = evaluate(plan, sql ? { now, sql } : { now });
        const ids = [
          ...e.findings.map((f) => f.ruleId),
          ...e.questions.map((q) => q.ruleId),
          ...e.risks.map((r) => r.ruleId),
          ...e.criteria.map((c) => c.ruleId),
          ...e.strategy.ruleIds,
          ...e.dataApproach.ruleIds,
          ...e.strategy.ranked.flatMap((r) => r.reasons.map((x) => x.ruleId)),
          ...e.dataApproach.reasons.map((x) => x.ruleId),
        ];
        expect(ids.filter((id) => !isKnownRuleId(id) && !isSqlRuleId(id))).toEqual([]);
        for (const f of e.findings) expect(f.path).not.toBe('');
        expect(e.risks).toHaveLength(6);
        expect(e.criteria).toHaveLength(8);
        expect(e.readiness.ready).toBe(!e.findings.some((f) => f.severity === 'blocker'));
      }),
      RUNS,
    );
  });

  it('recording a passed staging rollback test never adds a blocker', () => {
    fc.assert(
      fc.property(arb.plan, arb.now, arb.rollbackTest, (plan, now, test) => {
        const withTest: Plan = structuredClone(plan);
        withTest.rollback.tests.push({ ...test, kind: 'staging', result: 'pass', notes: '' });
        const before = new Set(blockerKeys(evaluate(plan, { now })));
        const added = blockerKeys(evaluate(withTest, { now })).filter((k) => !before.has(k));
        expect(added).toEqual([]);
      }),
      RUNS,
    );
  });

  it('places every component in exactly one wave, after everything it depends on outside a cycle', () => {
    fc.assert(
      fc.property(arb.plan, (plan) => {
        const e = evaluate(plan, { now: new Date(0) });
        const wave = new Map<string, number>();
        e.waves.forEach((ids, w) => ids.forEach((id) => wave.set(id, w)));
        const unique = new Set(plan.assessment.components.map((c) => c.id));
        expect(e.waves.flat()).toHaveLength(unique.size);
        expect(new Set(wave.keys())).toEqual(unique);
        const inCycle = new Set(e.cycles.flat());
        for (const { from, to } of plan.assessment.dependencies) {
          const a = wave.get(from);
          const b = wave.get(to);
          if (a === undefined || b === undefined || (inCycle.has(from) && inCycle.has(to) && a === b))
            continue;
          expect(a).toBeLessThan(b);
        }
      }),
      RUNS,
    );
  });
});
