import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { decisionPlan } from './testing/decision-cases';

const NOW = new Date('2026-12-01T00:00:00Z');
const at = (plan: ReturnType<typeof decisionPlan>, ruleId: string) =>
  evaluate(plan, { now: NOW })
    .findings.filter((f) => f.ruleId === ruleId && f.path.startsWith('assessment.'))
    .map((f) => f.path);

describe('facts about a move that are missing or contradict each other', () => {
  it('asks how changes reach the target of a move (DA-10), at that field, and not once it is said', () => {
    const open = decisionPlan((p) => (p.assessment.components[0]!.move = 'other-cluster'));
    expect(at(open, 'DA-10')).toEqual(['assessment.components[0].changeSync']);
    const said = decisionPlan((p) => {
      p.assessment.components[0]!.move = 'other-cluster';
      p.assessment.components[0]!.changeSync = 'replication';
    });
    expect(at(said, 'DA-10')).toEqual([]);
  });

  it('an offline copy under zero downtime is a contradiction (DA-08); with a window it is not', () => {
    const offline = (p: ReturnType<typeof decisionPlan>) => {
      p.assessment.components[0]!.move = 'other-engine';
      p.assessment.components[0]!.changeSync = 'none';
    };
    expect(at(decisionPlan(offline), 'DA-08')).toEqual(['assessment.components[0].changeSync']);
    const windowed = decisionPlan((p) => {
      offline(p);
      p.assessment.downtime.kind = 'scheduled-window';
    });
    expect(at(windowed, 'DA-08')).toEqual([]);
  });

  it('a replicated copy slower than the writes never catches up (FM-01)', () => {
    const plan = (writes: number) =>
      decisionPlan((p) => {
        p.assessment.components[0]!.move = 'other-cluster';
        p.assessment.components[0]!.changeSync = 'replication';
        p.assessment.components[0]!.writesPerSecond = writes;
        p.assessment.throughput.rowsPerSecond = 2_000;
      });
    expect(at(plan(5_000), 'FM-01')).toEqual(['assessment.throughput.rowsPerSecond']);
    expect(at(plan(500), 'FM-01')).toEqual([]);
  });
});
