import { describe, expect, it } from 'vitest';
import { analyzeSql } from './analyze';
import { MYSQL_CORPUS, PG_CORPUS, type CorpusCase } from './testing/corpus';

/** The session guard keeps PG-024 out of cases about other rules; PG-024 has its own tests. */
const GUARD = "SET lock_timeout = '5s';\nSET statement_timeout = '15min';\n";

async function check(c: CorpusCase, dialect: 'postgresql' | 'mysql'): Promise<void> {
  const analysis = await analyzeSql(dialect === 'postgresql' ? GUARD + c.sql : c.sql, { dialect });
  // node-sql-parser cannot read every MySQL statement: such a statement is unclassified and reported.
  if (c.expect !== 'unclassified') expect(analysis.parseError).toBeNull();
  const offset = dialect === 'postgresql' ? 2 : 0;
  const target = c.at === undefined ? analysis.statements.at(-1) : analysis.statements[c.at + offset];
  expect(target, 'statement to check').toBeDefined();
  expect({ classification: target?.classification, rules: [...(target?.ruleIds ?? [])].sort() }).toEqual({
    classification: c.expect,
    rules: [...c.rules].sort(),
  });
  if (c.rules.length === 0) expect(target?.severity).toBe('none');
}

describe('PostgreSQL corpus', () => {
  it.each(PG_CORPUS.map((c) => [c.sql, c] as const))('%s', async (_sql, c) => check(c, 'postgresql'));
});

describe('MySQL corpus', () => {
  it.each(MYSQL_CORPUS.map((c) => [c.sql, c] as const))('%s', async (_sql, c) => check(c, 'mysql'));
});

describe('corpus coverage', () => {
  const all = [...PG_CORPUS, ...MYSQL_CORPUS];
  it('has at least 80 statements, 150 of them PostgreSQL', () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(PG_CORPUS.length).toBeGreaterThanOrEqual(150);
  });
  it('pairs every PostgreSQL lock rule with a safe counterpart', () => {
    const safeCount = PG_CORPUS.filter((c) => c.rules.length === 0).length;
    expect(safeCount).toBeGreaterThanOrEqual(70);
  });
});
