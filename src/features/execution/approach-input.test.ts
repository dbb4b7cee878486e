import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText, type Plan } from '../../domain';
import { evaluate } from '../../engine';
import { proposeApproachPhases } from '../../sql/propose-approach';
import { approachChoice, withProposedPhases } from './approach-input';

const NOW = new Date('2026-12-01T00:00:00Z');
function casePlan(file: string): Plan {
  const url = new URL(`../../engine/fixtures/cases/${file}.json`, import.meta.url);
  const loaded = loadPlanText(readFileSync(url, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}
const choose = (plan: Plan) => approachChoice(plan, evaluate(plan, { now: NOW }));

describe('what "Propose phases" proposes', () => {
  it('a dual-write move names the old and the new store and the rows to backfill', () => {
    const choice = choose(casePlan('02-discord-cassandra-to-scylladb'));
    expect(choice).toMatchObject({
      label: 'dual-write',
      input: {
        approach: 'dual-write',
        source: 'cassandra-messages (177 nodes)',
        target: 'ScyllaDB messages cluster',
        rows: 3_000_000_000_000,
        hasWindow: false,
      },
    });
  });

  it('a replicated move in a window is snapshot-and-replay with the cut-over in the window', () => {
    const choice = choose(casePlan('04-gitlab-azure-to-gcp'));
    expect('input' in choice && choice.input).toMatchObject({ approach: 'snapshot-replay', hasWindow: true });
  });

  it('a strangler fig follows the strategy, and says when data moves with each slice', () => {
    const choice = choose(casePlan('13-airbnb-monolith-to-soa'));
    expect('input' in choice && choice.input).toMatchObject({
      approach: 'strangler-fig',
      source: 'Monorail (Rails monolith)',
      dataMoves: true,
    });
  });

  it('points expand-contract to the SQL review, and proposes nothing when no data moves', () => {
    const reason = (file: string) => {
      const choice = choose(casePlan(file));
      return 'reason' in choice ? choice.reason : '';
    };
    expect(reason('10-kubernetes-1-22-api-removals')).toContain('SQL review');
    expect(reason('01-github-mysql8-upgrade')).toContain('No data moves');
  });

  it('appends after the existing phases unless told to replace them', () => {
    const plan = casePlan('02-discord-cassandra-to-scylladb');
    const choice = choose(plan);
    if (!('input' in choice)) throw new Error('expected a proposal');
    let n = 0;
    const { phases } = proposeApproachPhases(choice.input, () => `id${(n += 1)}`);
    const once = withProposedPhases(plan, phases, false);
    expect(withProposedPhases(once, phases, false).execution.phases).toHaveLength(phases.length * 2);
    expect(withProposedPhases(once, phases, true).execution.phases).toHaveLength(phases.length);
  });
});
