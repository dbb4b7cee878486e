import { describe, expect, it } from 'vitest';
import { parsePostgres } from './parse-postgres';

describe('parsePostgres', () => {
  it('splits statements with the line of their first token', async () => {
    const script = [
      '-- migration 42',
      'CREATE TABLE a (id int);',
      '',
      '/* two',
      '   lines */ ALTER TABLE a',
      '  ADD COLUMN b int;',
      'SELECT 1; SELECT 2',
    ].join('\n');
    const { statements, parseError } = await parsePostgres(script);
    expect(parseError).toBeNull();
    expect(statements.map((s) => [s.line, s.text])).toEqual([
      [2, 'CREATE TABLE a (id int)'],
      [5, 'ALTER TABLE a\n  ADD COLUMN b int'],
      [7, 'SELECT 1'],
      [7, 'SELECT 2'],
    ]);
  });

  it('keeps lines and text right after non-ASCII text (the parser counts bytes)', async () => {
    const script = "COMMENT ON TABLE a IS 'Zürich – café';\n-- ünïcödé\nDROP TABLE a;";
    const { statements } = await parsePostgres(script);
    expect(statements.map((s) => [s.line, s.text])).toEqual([
      [1, "COMMENT ON TABLE a IS 'Zürich – café'"],
      [3, 'DROP TABLE a'],
    ]);
  });

  it('reports a parse error at its line and column', async () => {
    const script = 'CREATE TABLE a (id int);\nALTER TABLE a\n  ADD COLUMN b int NOT NUL;';
    const { statements, parseError } = await parsePostgres(script);
    expect(statements).toEqual([]);
    expect(parseError).toMatchObject({ line: 3, column: 24 });
    expect(parseError?.message).toContain('syntax error');
  });

  it('counts the error column in characters after non-ASCII text', async () => {
    const { parseError } = await parsePostgres("SELECT 'é'; SELEC 1;");
    expect(parseError).toMatchObject({ line: 1, column: 13 });
  });

  it('treats an empty or comment-only script as no statements', async () => {
    expect(await parsePostgres('  \n ')).toEqual({ statements: [], parseError: null });
    expect((await parsePostgres('-- nothing yet\n')).statements).toEqual([]);
  });
});
