import { describe, expect, it } from 'vitest';
import { Component, createBlankPlan, Plan } from '../../domain';
import { loadExamplePlan } from '../../domain/testing/example-plan';
import { ordersTable } from '../../domain/testing/plan-parts';
import { evaluate, STRATEGY_LABEL } from '../../engine';
import { adrIsEmpty, draftAdr, prefillAdr, redraftAdr } from './adr-prefill';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('ADR prefill from the engine', () => {
  it('drafts every ADR field of an empty plan from the recommendation, citing rule ids', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    plan.assessment.downtime.kind = 'zero';
    plan.assessment.components = [ordersTable(120_000_000, { id: 'a', ownerTeam: 'Payments' })];
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
    const example = loadExamplePlan();
    expect(prefillAdr(example, evaluate(example, { now: NOW }))).toBe(example);
  });

  it('redrafts for the strategy and approach the person chose; the recommendation goes to the alternatives', () => {
    const example = loadExamplePlan();
    const rec = evaluate(example, { now: NOW }).strategy.recommended;
    const other = rec === 'canary' ? 'rolling' : 'canary';
    const plan = {
      ...example,
      strategy: {
        ...example.strategy,
        deployment: other,
        dataApproach: 'dual-write' as const,
        justification: 'The platform team already runs canaries for orders-api.',
      },
    } satisfies Plan;
    const e = evaluate(plan, { now: NOW });
    const adr = redraftAdr(plan, e).strategy.adr;
    const label = other === 'canary' ? 'canary' : 'rolling';
    expect(adr.decision.split('\n')[0]).toBe(`Use a ${label} deployment with dual-write for the data.`);
    expect(adr.decision).toContain('Justification: The platform team already runs canaries for orders-api.');
    expect(adr.decision).toContain(`The engine recommends ${rec}`);
    const alternatives = adr.alternatives.split('\n');
    expect(alternatives).toHaveLength(4);
    expect(alternatives.some((l) => l.startsWith(`- ${label} `))).toBe(false);
    expect(alternatives.find((l) => l.includes("the engine's recommendation"))).toMatch(
      new RegExp(`^- ${rec} `),
    );
    expect(adr.consequences).toMatch(/^Downtime: /);
  });

  it('drafts for the recommendation while nothing is chosen, with the rules behind it as a list', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    plan.assessment.downtime.kind = 'zero';
    plan.assessment.components = [Component.parse({ id: 'a', name: 'api', kind: 'service' })];
    const e = evaluate(plan, { now: NOW });
    const { decision } = draftAdr(plan, e);
    expect(decision).toContain(`Use a ${STRATEGY_LABEL[e.strategy.recommended]} deployment`);
    expect(decision).not.toContain('Justification');
    expect(decision).toMatch(/\n- [A-Z]{2}-\d{2}: /);
  });
});
