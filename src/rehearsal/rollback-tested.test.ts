import { describe, expect, it } from 'vitest';
import { REASON, rollbackTested } from './rollback-tested';
import type { RehearsalResult, StatementObservation } from './types';

const statement = (script: 'forward' | 'rollback', line: number, ok: boolean): StatementObservation => ({
  script,
  index: line - 1,
  line,
  text: 'ALTER TABLE orders ADD COLUMN x int',
  ok,
  error: ok ? null : 'syntax error at or near ";"',
  inTransaction: true,
  skipped: false,
  locks: [],
  rewritten: [],
  ms: 1,
  static: null,
  disagreements: [],
  reconciliation: ok ? 'confirmed' : 'error',
});

const result = (patch: Partial<RehearsalResult>): RehearsalResult => ({
  verdict: 'fail',
  reasons: [],
  serverVersion: '18.6',
  pgliteVersion: '0.5.16',
  rowsPerTable: 10,
  rowWarnings: [],
  schemaError: null,
  forward: [statement('forward', 1, true)],
  rollback: [statement('rollback', 1, true)],
  catalogDiff: [],
  dataChecks: [],
  heldLocks: [],
  totalMs: 100,
  ...patch,
});

describe('rollbackTested: which rehearsals are rollback tests', () => {
  it('a pass, and a rollback that failed or left a difference, tested the rollback', () => {
    expect(rollbackTested(result({ verdict: 'pass' }))).toEqual({ tested: true });
    expect(rollbackTested(result({ rollback: [statement('rollback', 2, false)] }))).toEqual({ tested: true });
    expect(rollbackTested(result({ catalogDiff: ['column orders.x still exists'] }))).toEqual({
      tested: true,
    });
  });

  it('a rollback script that does not parse, or none at all, is the rollback failing', () => {
    const parse = `${REASON.rollbackParse}: syntax error at line 1`;
    expect(rollbackTested(result({ reasons: [parse], forward: [], rollback: [] }))).toEqual({ tested: true });
    expect(
      rollbackTested(
        result({ reasons: [`${REASON.forwardParse}: x`, REASON.noRollback], forward: [], rollback: [] }),
      ),
    ).toEqual({ tested: true });
  });

  it('a schema that did not apply, a forward script that does not parse or fails: the rollback was not tested', () => {
    expect(
      rollbackTested(result({ schemaError: 'relation "x" does not exist', forward: [], rollback: [] })),
    ).toEqual({
      tested: false,
      why: 'the current schema could not be applied, so nothing was run',
    });
    expect(
      rollbackTested(
        result({ reasons: [`${REASON.forwardParse}: syntax error`], forward: [], rollback: [] }),
      ),
    ).toEqual({ tested: false, why: 'the forward migration does not parse, so nothing was run' });
    const failed = rollbackTested(
      result({ forward: [statement('forward', 1, true), statement('forward', 2, false)] }),
    );
    expect(failed).toEqual({
      tested: false,
      why:
        'the forward migration failed at line 2, so the rollback ran against a half-applied migration and ' +
        'its result says nothing about the rollback',
    });
  });
});
