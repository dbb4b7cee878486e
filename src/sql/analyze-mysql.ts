import { assembleStatement, buildFinding } from './findings';
import { obj } from './mysql-ast';
import { MYSQL_RULES } from './rule-catalog-mysql';
import { mysqlStatementRules, type MysqlState } from './rules-mysql';
import { splitMysql } from './split-mysql';
import { rowsFor } from './table-rows';
import { lineColumnAtIndex } from './text-position';
import type { AnalyzedStatement, SqlAnalysis, SqlParseError } from './types';

export type MysqlParser = { astify: (sql: string, opt?: { database?: string }) => unknown };

let loading: Promise<MysqlParser> | null = null;

/** Loads node-sql-parser's MySQL-only build (about 270 kB) on first use, not in the first load. */
export function loadMysqlParser(): Promise<MysqlParser> {
  loading ??= import('node-sql-parser/build/mysql')
    .then((mod: unknown) => {
      // CommonJS interop differs between Node and bundlers: Parser is either named or on default.
      const ns = obj(mod);
      const ctor = ns?.Parser ?? obj(ns?.default)?.Parser;
      if (typeof ctor !== 'function') throw new Error('node-sql-parser: Parser not found');
      return new (ctor as new () => MysqlParser)();
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * Statements are parsed one by one, so a statement the parser cannot read (its MySQL grammar
 * has gaps, e.g. ALTER COLUMN SET DEFAULT) becomes one unclassified statement, not a lost script.
 * `parseError` reports the first such statement, with its line and column in the script.
 */
export function analyzeMysqlWith(
  parser: MysqlParser,
  text: string,
  tableRows: Record<string, number> | undefined,
): SqlAnalysis {
  const state: MysqlState = { createdTables: new Set() };
  let parseError: SqlParseError | null = null;
  const statements = splitMysql(text).map((chunk, index): AnalyzedStatement => {
    const { line, column } = lineColumnAtIndex(text, chunk.start);
    let ast: unknown;
    try {
      ast = parser.astify(chunk.text, { database: 'MySQL' });
    } catch (error: unknown) {
      const failure = describeFailure(error, line, column);
      parseError ??= failure;
      const rule = MYSQL_RULES['MY-000'];
      const finding = buildFinding({ rule, table: null, rows: null, detail: `parser: ${failure.message}` });
      return assembleStatement({ index, line, text: chunk.text, table: null, kind: '' }, [finding]);
    }
    const node = obj(Array.isArray(ast) ? ast[0] : ast) ?? {};
    const verdict = mysqlStatementRules(node, state);
    const findings = verdict.findings.map((raw) => {
      const [schema, name] = splitName(raw.table);
      return buildFinding({
        rule: MYSQL_RULES[raw.ruleId],
        table: raw.table,
        rows: rowsFor(tableRows, schema, name),
        detail: raw.detail,
        lock: raw.lock,
      });
    });
    return assembleStatement(
      {
        index,
        line,
        text: chunk.text,
        table: verdict.table,
        kind: typeof node.type === 'string' ? node.type : '',
      },
      findings,
    );
  });
  return { dialect: 'mysql', statements, parseError, scriptFindings: [] };
}

function splitName(table: string | null): [string | null, string | null] {
  if (table === null) return [null, null];
  const dot = table.lastIndexOf('.');
  return dot < 0 ? [null, table] : [table.slice(0, dot), table.slice(dot + 1)];
}

function describeFailure(error: unknown, line: number, column: number): SqlParseError {
  const raw = error instanceof Error ? error.message : String(error);
  // Peggy lists every expected token; the useful part is what it found.
  const found = raw.lastIndexOf(' but ');
  const message = found >= 0 ? `syntax error: ${raw.slice(found + 5)}` : raw;
  const loc = obj(obj(obj(error)?.location)?.start);
  const relLine = typeof loc?.line === 'number' ? loc.line : 1;
  const relColumn = typeof loc?.column === 'number' ? loc.column : 1;
  return {
    message,
    line: line + relLine - 1,
    column: relLine === 1 ? column + relColumn - 1 : relColumn,
  };
}
