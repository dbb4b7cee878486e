import { describe, expect, it } from 'vitest';
import { destructiveStatements, scanStatements } from './sql-scan';

const found = (sql: string, dialect: 'postgresql' | 'mysql' = 'postgresql') =>
  destructiveStatements(sql, dialect).map((s) => s.keyword);

describe('fallback SQL scan (GR-04 without parser facts)', () => {
  it.each([
    ['DROP TABLE a;', ['DROP']],
    ['truncate t', ['TRUNCATE']],
    ['ALTER TABLE a DROP COLUMN b;', ['ALTER']],
    ['ALTER TABLE a DROP b;', ['ALTER']],
    ['ALTER TABLE a ALTER COLUMN b DROP NOT NULL; ALTER TABLE a DROP CONSTRAINT k;', []],
    ["SELECT 'drop table x';", []],
    ['-- DROP TABLE a\nCREATE INDEX i ON t (c);', []],
    ['/* truncate t; */ SELECT 1;', []],
    ['CREATE FUNCTION f() RETURNS void AS $$ BEGIN DROP TABLE x; END $$ LANGUAGE plpgsql;', []],
    ['CREATE TABLE "drop" (id int);', []],
    ["SELECT E'it\\'s'; DROP VIEW v;", ['DROP']],
  ])('%s', (sql, expected) => {
    expect(found(sql)).toEqual(expected);
  });

  it('knows MySQL backslash escapes, # comments and backtick identifiers', () => {
    expect(found("SELECT 'a\\'; drop table x'; # DROP TABLE y\nSELECT `drop`;", 'mysql')).toEqual([]);
    expect(found('# comment\nDROP TABLE t;', 'mysql')).toEqual(['DROP']);
  });

  it.each([
    ['ALTER TABLE a RENAME COLUMN b TO c;', true],
    ['RENAME TABLE a TO b;', true],
    ['ALTER TABLE a ALTER COLUMN b TYPE bigint;', true],
    ['ALTER TABLE a ALTER b SET DATA TYPE bigint;', true],
    ['ALTER TABLE a MODIFY b bigint;', true],
    ["ALTER TYPE mood ADD VALUE 'meh';", false],
    ['ALTER TABLE a ADD COLUMN type text;', false],
    ['ALTER TABLE a DROP COLUMN b;', false],
  ])('breaking (GR-05 without parser facts): %s', (sql, expected) => {
    expect(scanStatements(sql)[0]?.breaking).toBe(expected);
  });

  it('gives the line where each statement starts', () => {
    const s = scanStatements('SELECT 1;\n\n-- note\nDROP TABLE t;\nSELECT 2');
    expect(s.map((x) => [x.line, x.keyword])).toEqual([
      [1, 'SELECT'],
      [4, 'DROP'],
      [5, 'SELECT'],
    ]);
    expect(s[1]?.text).toBe('DROP TABLE t');
  });
});
