import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeSql } from './analyze';
import squawkRules from './fixtures/squawk-rules.json';
import { PG_RULES } from './rule-catalog';

/**
 * Squawk's PostgreSQL rules (its rule list as of 2026, docs/sidebars.js) and the newer ones issue 22
 * names (ban-add-enum-value is PG-041's second half), each with an example from its page and the rule
 * here that catches it (a rule of the catalog, or a parse error), kept as data in
 * fixtures/squawk-rules.json. require-table-schema is opt-in in Squawk and not adopted: the plan matches
 * tables by name whatever the search_path.
 */
const Row = z.tuple([
  z.string().min(1),
  z.string().min(1),
  z.string().refine((ours) => ours === 'parse error' || ours in PG_RULES, 'is not a rule of the catalog'),
]);
const table = z.object({ rules: z.array(Row).min(1), newer: z.array(Row).min(1) }).parse(squawkRules);
const SQUAWK = [...table.rules, ...table.newer];

describe("Squawk's rules, each caught", () => {
  it.each(SQUAWK)('%s', async (_name, sql, ours) => {
    const a = await analyzeSql(sql, { dialect: 'postgresql' });
    if (ours === 'parse error') {
      expect(a.parseError).not.toBeNull();
      return;
    }
    expect(a.statements.flatMap((s) => s.ruleIds)).toContain(ours);
  });
});

describe('issue 22 defects', () => {
  it('varchar(n) -> text is catalog-only when the current schema says so, a rewrite from int', async () => {
    const schemaSql = 'CREATE TABLE users (id bigint, email varchar(320), age int);';
    const ids = async (sql: string) =>
      (
        await analyzeSql(`SET lock_timeout = '1s'; SET statement_timeout = '1min'; ${sql}`, {
          dialect: 'postgresql',
          context: { schemaSql },
        })
      ).statements[2]?.ruleIds;
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE text')).toEqual([]);
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE varchar(400)')).toEqual([]);
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE varchar(100)')).toEqual(['PG-005']);
    expect(await ids('ALTER TABLE users ALTER COLUMN age TYPE text')).toEqual(['PG-004']);
  });
  it("PG-025's advice never wraps CONCURRENTLY in a transaction", async () => {
    const a = await analyzeSql(
      "SET lock_timeout = '1s'; CREATE TABLE IF NOT EXISTS a (id bigint); CREATE INDEX CONCURRENTLY i ON a (id)",
      { dialect: 'postgresql' },
    );
    const finding = a.statements[2]?.findings.find((f) => f.ruleId === 'PG-025');
    expect(finding?.alternative).toContain('cannot run inside a transaction block');
    expect(finding?.alternative).not.toContain('run the script in one transaction block');
  });
});
