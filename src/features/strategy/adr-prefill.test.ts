import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_MOVE_UNKNOWN, createBlankPlan, loadPlanText, Plan } from '../../domain';
import { evaluate } from '../../engine';
import { adrIsEmpty, prefillAdr } from './adr-prefill';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('ADR prefill from the engine', () => {
  it('drafts every ADR field of an empty plan from the recommendation, citing rule ids', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    plan.assessment.downtime.kind = 'zero';
    plan.assessment.components = [
      {
        id: 'a',
        name: 'orders',
        kind: 'table',
        role: 'migrating',
        ownerTeam: 'Payments',
        stateful: true,
        rows: 120_000_000,
        avgRowBytes: 100,
        ...COMPONENT_MOVE_UNKNOWN,
      },
    ];
    const e = evaluate(plan, { now: NOW });
    const next = prefillAdr(plan, e);
    expect(adrIsEmpty(next.strategy.adr)).toBe(false);
    expect(next.strategy.adr.decision).toContain(e.strategy.ruleIds[0]!);
    expect(next.strategy.adr.context).toContain('120,000,000 rows');
    expect(next.strategy.adr.alternatives.split('\n')).toHaveLength(4);
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('waits for an assessment before drafting, so an empty draft is never frozen in', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    expect(prefillAdr(plan, evaluate(plan, { now: NOW }))).toBe(plan);
  });

  it('never overwrites an ADR the person wrote', () => {
    const loaded = loadPlanText(
      readFileSync(new URL('../../../public/examples/orders-bigint.json', import.meta.url), 'utf8'),
    );
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(prefillAdr(loaded.plan, evaluate(loaded.plan, { now: NOW }))).toBe(loaded.plan);
  });
});
