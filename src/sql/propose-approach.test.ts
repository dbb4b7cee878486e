import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText, Phase, type Plan } from '../domain';
import { evaluate } from '../engine';
import { proposeApproachPhases, type ApproachInput } from './propose-approach';

const counter = () => {
  let n = 0;
  return () => `x${(n += 1)}`;
};
const input = (approach: ApproachInput['approach'], extra: Partial<ApproachInput> = {}): ApproachInput => ({
  approach,
  source: 'cassandra-messages',
  target: 'ScyllaDB',
  rows: 3_000_000,
  soakHours: 24,
  hasWindow: false,
  ...extra,
});
const NOW = new Date('2026-12-01T00:00:00Z');

function casePlan(file: string): Plan {
  const url = new URL(`../engine/fixtures/cases/${file}.json`, import.meta.url);
  const loaded = loadPlanText(readFileSync(url, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}

/** The engine's view of a case study's plan with these phases in place of its own. */
function evaluateWith(file: string, phases: Phase[]) {
  const plan = casePlan(file);
  plan.execution.phases = phases;
  return evaluate(plan, { now: NOW });
}

describe('proposeApproachPhases', () => {
  it.each(['dual-write', 'snapshot-replay', 'strangler-fig'] as const)(
    '%s: every phase is valid, gated by integrity checks, and says how to roll back after it',
    (approach) => {
      const { phases } = proposeApproachPhases(input(approach), counter());
      expect(phases.length).toBeGreaterThanOrEqual(5);
      for (const phase of phases) {
        expect(() => Phase.parse(phase)).not.toThrow();
        expect(phase.integrityChecks.length).toBeGreaterThan(0);
        expect(phase.rollbackMechanism).not.toBe('unknown');
        expect(phase.steps.length).toBeGreaterThan(0);
      }
      expect(new Set(phases.flatMap((p) => [p.id, ...p.steps.map((s) => s.id)])).size).toBe(
        phases.reduce((n, p) => n + 1 + p.steps.length, 0),
      );
    },
  );

  it.each([
    ['dual-write', ['sync', 'backfill', 'verify', 'cut-over', 'cut-over', 'contract', 'decommission']],
    ['snapshot-replay', ['sync', 'backfill', 'sync', 'verify', 'cut-over', 'sync', 'decommission']],
  ] as const)('%s: its seven phases in order (the issue’s steps)', (approach, kinds) => {
    expect(proposeApproachPhases(input(approach), counter()).phases.map((p) => p.kind)).toEqual(kinds);
  });

  it('dual-write: the point of no return where old writes stop', () => {
    const { phases } = proposeApproachPhases(input('dual-write'), counter());
    const e = evaluateWith('02-discord-cassandra-to-scylladb', phases);
    expect(e.pointOfNoReturn.computed?.phaseId).toBe(phases[5]?.id);
    expect(e.findings.filter((f) => ['GR-04', 'GR-05', 'GR-06', 'DC-07'].includes(f.ruleId))).toEqual([]);
    expect(e.estimate.phases.filter((p) => p.copy).map((p) => p.phaseId)).toEqual([phases[1]?.id]);
  });

  it('snapshot-and-replay: the cut-over keeps a way back (reverse replication), so AQ-02 is answered', () => {
    const before = evaluate(casePlan('05-shopify-shard-balancing-ghostferry'), { now: NOW });
    expect(before.findings.some((f) => f.ruleId === 'AQ-02')).toBe(true);
    const { phases } = proposeApproachPhases(input('snapshot-replay'), counter());
    const e = evaluateWith('05-shopify-shard-balancing-ghostferry', phases);
    expect(e.findings.some((f) => f.ruleId === 'AQ-02')).toBe(false);
    expect(e.pointOfNoReturn.computed?.phaseId).toBe(phases[6]?.id);
    expect(e.dataApproach.recommended).toBe('snapshot-replay');
  });

  it('snapshot-and-replay puts the cut-over inside the window when the plan has one', () => {
    const { phases } = proposeApproachPhases(input('snapshot-replay', { hasWindow: true }), counter());
    expect(phases.filter((p) => p.timing === 'in-window').map((p) => p.kind)).toEqual(['cut-over']);
  });

  it('strangler fig: a facade, then slice by slice; with data moving, each slice keeps its data in step', () => {
    const without = proposeApproachPhases(input('strangler-fig'), counter()).phases;
    const withData = proposeApproachPhases(input('strangler-fig', { dataMoves: true }), counter()).phases;
    expect(without[0]?.name).toContain('Facade');
    expect(withData.length).toBe(without.length + 1);
    expect(withData[1]).toMatchObject({ kind: 'sync', rollbackMechanism: 'flag-back' });
    const e = evaluateWith('14-shopify-storefront-renderer-rewrite', without);
    expect(e.strategy.recommended).toBe('strangler-fig');
    expect(e.pointOfNoReturn.computed).toBeNull();
  });

  it('is pure: the same input and ids give the same proposal', () => {
    expect(proposeApproachPhases(input('dual-write'), counter())).toEqual(
      proposeApproachPhases(input('dual-write'), counter()),
    );
  });
});
