import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlAnalyzer, type SqlAnalyzer } from './analyze';
import { MYSQL_CORPUS, PG_CORPUS } from './testing/corpus';
import type { SqlDialectName } from './types';

/**
 * The SQL box takes anything a person pastes. analyzeSql must never throw on it: bad SQL is a
 * parseError with a line and column inside the text, so the editor can point at it.
 */
const analyzers = new Map<SqlDialectName, SqlAnalyzer>();
beforeAll(async () => {
  analyzers.set('postgresql', await loadSqlAnalyzer('postgresql'));
  analyzers.set('mysql', await loadSqlAnalyzer('mysql'));
});

function check(dialect: SqlDialectName, text: string): void {
  const analyze = analyzers.get(dialect)!;
  const result = analyze(text, { orders: 50_000_000 });
  expect(result.dialect).toBe(dialect);
  const lines = text.split(/\r\n|\r|\n/).length;
  const error = result.parseError;
  if (error) {
    expect(error.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1).toBe(true);
    // The position is inside the text (the line after the last one is where an unfinished script ends).
    expect(error.line).toBeLessThanOrEqual(lines + 1);
  }
  for (const statement of result.statements) {
    expect(statement.line).toBeGreaterThanOrEqual(1);
    expect(statement.line).toBeLessThanOrEqual(lines + 1);
  }
}

const TOKENS = [
  ';',
  "'",
  '"',
  '`',
  '$$',
  '$tag$',
  '--',
  '/*',
  '*/',
  '\\',
  '\n',
  '\r',
  '\u0000',
  '\u2028',
  'DELIMITER //',
  'BEGIN;',
  'COMMIT;',
  'DROP TABLE x;',
  'ALTER TABLE',
  '(',
  ')',
  "E'\\",
  '😀',
  '\uFEFF',
];
const token = fc.constantFrom(...TOKENS);
const arbitrarySql = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join(' ')),
);

type Edit = { at: number; cut: number; insert: string };
const edits = fc.array(
  fc.record({ at: fc.nat(), cut: fc.nat({ max: 10 }), insert: fc.oneof(token, fc.string({ maxLength: 4 })) }),
  { minLength: 1, maxLength: 4 },
);
function applyEdits(sql: string, list: Edit[]): string {
  let out = sql;
  for (const { at, cut, insert } of list) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + insert + out.slice(i + cut);
  }
  return out;
}

const scripts = (corpus: Array<{ sql: string }>) => {
  const sqls = corpus.map((c) => c.sql);
  // Real migrations are several statements long: join a few corpus cases into one script.
  return fc.array(fc.constantFrom(...sqls), { minLength: 1, maxLength: 4 }).map((list) => list.join(';\n'));
};

describe.each([
  ['postgresql', PG_CORPUS],
  ['mysql', MYSQL_CORPUS],
] as const)('analyzeSql fuzzing (%s)', (dialect, corpus) => {
  it('never throws on arbitrary text; errors carry line and column', () => {
    fc.assert(
      fc.property(arbitrarySql, (text) => check(dialect, text)),
      { numRuns: 700 },
    );
  });

  it('never throws on mutated real migrations; errors carry line and column', () => {
    fc.assert(
      fc.property(scripts(corpus), edits, (sql, list) => check(dialect, applyEdits(sql, list))),
      { numRuns: 700 },
    );
  });
});
