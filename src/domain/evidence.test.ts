import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';
import { planScripts, scriptFingerprint, testEvidence, testsWithEvidence } from './evidence';
import { Plan } from './plan';
import type { RollbackTestRecord, TestedScripts } from './rollback';
import { localRehearsal } from './testing/plan-parts';

const NOW = new Date('2026-12-01T00:00:00Z');

function planWith(forwardSql: string, rollbackSql: string, tests: RollbackTestRecord[] = []): Plan {
  const plan = createBlankPlan({ id: 'p', now: NOW });
  plan.assessment.schemaChange.forwardSql = forwardSql;
  plan.rollback.procedures.rollbackSql = rollbackSql;
  plan.rollback.tests = tests;
  return Plan.parse(plan);
}

const rehearsal = (testedScripts?: TestedScripts): RollbackTestRecord =>
  localRehearsal({ id: 't', environment: 'PGlite 17', ...(testedScripts ? { testedScripts } : {}) });

describe('evidence: does a recorded rollback test still speak for the plan?', () => {
  it('fingerprints a script the same across line ends and surrounding blank lines, and differently when it changes', () => {
    const a = scriptFingerprint('ALTER TABLE t ADD c int;\nCREATE INDEX i ON t(c);');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(scriptFingerprint('\r\nALTER TABLE t ADD c int;\r\nCREATE INDEX i ON t(c);\n\n')).toBe(a);
    expect(scriptFingerprint('ALTER TABLE t ADD c bigint;\nCREATE INDEX i ON t(c);')).not.toBe(a);
    expect(scriptFingerprint('')).not.toBe(scriptFingerprint(' x'));
  });

  it('keeps a rehearsal of the plan’s current scripts current, and makes it stale with the reason once one changes', () => {
    const plan = planWith('ALTER TABLE t ADD c int;', 'ALTER TABLE t DROP c;');
    const tested = planScripts(plan);
    expect(testEvidence(rehearsal(tested), planScripts(plan))).toEqual({ state: 'current' });
    const newForward = planWith('ALTER TABLE t ADD c bigint;', 'ALTER TABLE t DROP c;');
    expect(testEvidence(rehearsal(tested), planScripts(newForward))).toEqual({
      state: 'stale',
      reason: "it ran a forward migration that is not the plan's current one",
    });
    const newRollback = planWith('ALTER TABLE t ADD c int;', 'ALTER TABLE t DROP COLUMN c;');
    expect(testEvidence(rehearsal(tested), planScripts(newRollback))).toMatchObject({
      state: 'stale',
      reason: "it ran a rollback script that is not the plan's current one",
    });
    const both = planWith('x', 'y');
    expect(testEvidence(rehearsal(tested), planScripts(both))).toMatchObject({ state: 'stale' });
  });

  it('says when it cannot know: an old rehearsal without its scripts, a staging test recorded by hand', () => {
    const staging = { ...rehearsal(), kind: 'staging' as const };
    const plan = planWith('a', 'b', [rehearsal(), staging]);
    expect(testsWithEvidence(plan).map((t) => t.evidence.state)).toEqual(['unknown', 'not-tracked']);
  });

  it('reads a file whose tests have no testedScripts (written before the field existed)', () => {
    const plan = planWith('a', 'b');
    const raw = JSON.parse(JSON.stringify(plan)) as { rollback: { tests: unknown[] } };
    raw.rollback.tests = [{ id: 'x', environment: 'staging', date: '2026-11-01', result: 'pass' }];
    expect(Plan.parse(raw).rollback.tests[0]?.testedScripts).toBeUndefined();
  });
});
