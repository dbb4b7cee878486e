import { describe, expect, it } from 'vitest';
import { Phase } from '../domain';
import { evaluate } from './evaluate';
import { NOW, planWith } from './testing/ready-plan';
import type { SqlFacts, SqlStatementFact } from './types';

const stmt = (
  text: string,
  classification: SqlStatementFact['classification'],
  line = 1,
): SqlStatementFact => ({
  index: 0,
  line,
  text,
  classification,
  ruleIds: [],
  table: 'accounts',
});
const facts = (...statements: SqlStatementFact[]): SqlFacts => ({
  dialect: 'postgresql',
  statements,
  parseError: null,
});

/** The ready plan, not backward-compatible, with a cut-over phase after the backfill running `sql`. */
const withSwapStep = (text: string, sql: string) =>
  planWith((p) => {
    p.assessment.schemaChange.backwardCompatible = 'no';
    p.execution.phases.splice(2, 0, {
      ...p.execution.phases[1]!,
      id: 'p-swap',
      name: 'Cut-over: swap columns',
      kind: 'cut-over',
      steps: [{ id: 's-swap', text, sql }],
    });
  });

describe('SqlFacts from the SQL module', () => {
  it('a breaking forward statement makes the change not backward-compatible and asks AQ-02 about it', () => {
    const rename = 'ALTER TABLE accounts RENAME COLUMN region TO area';
    const e = evaluate(
      planWith(() => {}),
      { now: NOW, sql: { forward: facts(stmt(rename, 'breaking')) } },
    );
    expect(e.questions.find((q) => q.ruleId === 'AQ-02')?.text).toContain(`(\`${rename}\`)`);
    expect(e.dataApproach.ruleIds).toContain('DC-06');
    // The plan says expand-contract, but the rename runs with the forward script while old code
    // still runs: GR-05 judges what runs where, not the label.
    const gr05 = e.findings.find((f) => f.ruleId === 'GR-05');
    expect(gr05).toMatchObject({ severity: 'blocker', path: 'assessment.schemaChange.forwardSql' });
  });

  it('the same rename inside a one-transaction swap after the backfill is the swap, not a break', () => {
    const swap =
      'BEGIN;\nALTER TABLE accounts RENAME COLUMN region TO region_old;\nALTER TABLE accounts RENAME COLUMN region_new TO region;\nCOMMIT;';
    const e = evaluate(withSwapStep('Swap in one transaction', swap), { now: NOW });
    expect(e.findings.filter((f) => f.ruleId === 'GR-05').map((f) => f.severity)).toEqual(['info']);
    expect(e.questions.some((q) => q.ruleId === 'AQ-02')).toBe(false);
    // Without the BEGIN ... COMMIT the two renames leave a moment with no column: a break.
    const loose = withSwapStep('Swap', swap.replace('BEGIN;', '').replace('COMMIT;', ''));
    const blocked = evaluate(loose, { now: NOW }).findings.filter((f) => f.ruleId === 'GR-05');
    expect(blocked.map((f) => f.severity)).toContain('blocker');
  });

  it('a destructive forward statement is a GR-04 blocker that names the line', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW, sql: { forward: facts(stmt('DROP TABLE legacy', 'destructive', 7)) } },
    );
    const gr04 = e.findings.find((f) => f.ruleId === 'GR-04');
    expect(gr04).toMatchObject({ severity: 'blocker', path: 'assessment.schemaChange.forwardSql' });
    expect(gr04?.message).toContain('line 7');
  });

  it('facts for a phase step win over the fallback scan, both ways', () => {
    const dropInStep = planWith((p) => {
      p.execution.phases[1]!.steps[0]!.sql = 'DROP TABLE old;';
    });
    expect(
      evaluate(dropInStep, {
        now: NOW,
        sql: { steps: { s2: facts(stmt('DROP TABLE old', 'expand')) } },
      }).findings.some((f) => f.ruleId === 'GR-04'),
    ).toBe(false);
    const clean = planWith(() => {});
    const flagged = evaluate(clean, {
      now: NOW,
      sql: { steps: { s2: facts(stmt('TRUNCATE accounts', 'destructive')) } },
    });
    expect(flagged.findings.find((f) => f.ruleId === 'GR-04')?.path).toBe('execution.phases[1].steps[0].sql');
  });

  it('only expand statements let the analysis vouch for an unknown compatibility', () => {
    const unknown = planWith((p) => {
      p.assessment.schemaChange.backwardCompatible = 'unknown';
    });
    const e = evaluate(unknown, {
      now: NOW,
      sql: { forward: facts(stmt('ALTER TABLE accounts ADD COLUMN region text', 'expand')) },
    });
    expect(e.dataApproach.ruleIds).toContain('DC-05');
    const u = evaluate(unknown, { now: NOW, sql: { forward: facts(stmt('DO $$ $$', 'unclassified')) } });
    expect(u.findings.find((f) => f.ruleId === 'GR-05')?.severity).toBe('warning');
  });

  it('without facts, the declared compatibility decides and DROP in a contract phase is allowed', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW },
    );
    expect(e.findings.some((f) => f.ruleId === 'GR-04')).toBe(false);
  });
});

describe('GR-04 and contract phases', () => {
  it('a destructive forward statement that a contract phase also runs is deferred, not a blocker', () => {
    const drop = 'ALTER TABLE accounts DROP COLUMN legacy;';
    const withContract = planWith((p) => {
      p.assessment.schemaChange.forwardSql = drop;
      p.execution.phases.push(
        Phase.parse({
          id: 'ph-contract',
          name: 'Contract: drop legacy',
          kind: 'contract',
          durationMinutes: 10,
          steps: [
            { id: 'st-drop', text: 'Drop the old column', sql: 'alter table accounts   drop column legacy' },
          ],
          integrityChecks: [{ id: 'ic-c', kind: 'row-count', target: 'accounts' }],
          deletesSource: true,
        }),
      );
    });
    const sql = {
      forward: facts(stmt(drop, 'destructive')),
      steps: { 'st-drop': facts(stmt('alter table accounts   drop column legacy', 'destructive')) },
    };
    const gr04 = evaluate(withContract, { now: NOW, sql }).findings.filter((f) => f.ruleId === 'GR-04');
    expect(gr04.map((f) => f.severity)).toEqual(['info']);
    expect(gr04[0]?.message).toContain('Contract: drop legacy');
    // Without the contract phase the same statement blocks.
    const alone = planWith((p) => {
      p.assessment.schemaChange.forwardSql = drop;
    });
    const blockers = evaluate(alone, {
      now: NOW,
      sql: { forward: facts(stmt(drop, 'destructive')) },
    }).findings.filter((f) => f.ruleId === 'GR-04');
    expect(blockers.map((f) => f.severity)).toEqual(['blocker']);
  });
});
