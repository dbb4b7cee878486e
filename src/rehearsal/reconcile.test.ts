import { describe, expect, it } from 'vitest';
import { coverageLine, heldAcross, reconcile } from './reconcile';
import type { StatementObservation, StaticView } from './types';

const view = (lock: StaticView['lock'], rewrite = false): StaticView => ({
  classification: 'risky',
  lock,
  rewrite,
  ruleIds: [],
});

const obs = (patch: Partial<StatementObservation>): StatementObservation => ({
  script: 'forward',
  index: 0,
  line: 1,
  text: 'ALTER TABLE t ADD COLUMN c text',
  ok: true,
  error: null,
  inTransaction: true,
  skipped: false,
  locks: [],
  rewritten: [],
  ms: 1,
  static: view(null),
  disagreements: [],
  reconciliation: 'confirmed',
  ...patch,
});

const tableLock = (mode: StaticView['lock'] & string) => [{ relation: 't', kind: 'table', modes: [mode] }];

describe('reconciliation with the static analysis', () => {
  it('sorts each statement into pgfence trace categories', () => {
    expect(reconcile(obs({ static: view('SHARE'), locks: tableLock('SHARE') }))).toBe('confirmed');
    expect(
      reconcile(obs({ static: view('SHARE'), locks: tableLock('ACCESS EXCLUSIVE'), disagreements: ['x'] })),
    ).toBe('mismatch');
    expect(
      reconcile(obs({ static: view(null), locks: tableLock('ACCESS EXCLUSIVE'), disagreements: ['x'] })),
    ).toBe('trace-only');
    expect(reconcile(obs({ static: null, rewritten: ['t'] }))).toBe('trace-only');
    expect(reconcile(obs({ static: view('ACCESS EXCLUSIVE'), inTransaction: false }))).toBe('static-only');
    expect(reconcile(obs({ ok: false, error: 'line 1: boom' }))).toBe('error');
    expect(reconcile(obs({ skipped: true }))).toBe('skipped');
  });

  it('counts them in one coverage line', () => {
    const rows = [
      obs({ reconciliation: 'confirmed' }),
      obs({ reconciliation: 'confirmed' }),
      obs({ reconciliation: 'trace-only' }),
      obs({ reconciliation: 'skipped', skipped: true }),
    ];
    expect(coverageLine(rows)).toBe('3 analysed, 2 confirmed, 1 trace-only; 1 transaction control skipped');
  });

  it('keeps a block open to the end of the script when it is never committed', () => {
    const rows = [
      obs({ line: 1, text: 'BEGIN', skipped: true }),
      obs({ line: 2, locks: tableLock('SHARE') }),
      obs({ line: 3, locks: tableLock('ACCESS EXCLUSIVE') }),
      obs({ line: 4 }),
    ];
    const held = heldAcross(
      'rollback',
      rows,
      (s) => s.text === 'BEGIN',
      () => false,
    );
    expect(held).toEqual([
      {
        script: 'rollback',
        relation: 't',
        mode: 'ACCESS EXCLUSIVE',
        fromLine: 3,
        heldThrough: [4],
        releasedAt: null,
      },
    ]);
  });
});
