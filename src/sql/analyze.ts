import { analyzePostgresWith } from './analyze-postgres';
import { loadPostgresParser } from './parse-postgres';
import { analyzeMysqlWith, loadMysqlParser } from './analyze-mysql';
import type { AnalyzeOptions, SqlAnalysis, SqlDialectName, SqlFacts } from './types';

/** A loaded analyser: synchronous, so a worker or the bench can run it without awaiting each call. */
export type SqlAnalyzer = (text: string, tableRows?: Record<string, number>) => SqlAnalysis;

/** Loads the dialect's parser on first use (dynamic import, WASM for PostgreSQL) and returns a sync analyser. */
export async function loadSqlAnalyzer(dialect: SqlDialectName): Promise<SqlAnalyzer> {
  if (dialect === 'mysql') {
    const parser = await loadMysqlParser();
    return (text, tableRows) => analyzeMysqlWith(parser, text, tableRows);
  }
  const parser = await loadPostgresParser();
  return (text, tableRows) => analyzePostgresWith(parser, text, tableRows);
}

/**
 * Parses and classifies a migration script. Never rejects on bad SQL (that is `parseError`);
 * it rejects only if the parser itself cannot be loaded.
 */
export async function analyzeSql(text: string, options: AnalyzeOptions): Promise<SqlAnalysis> {
  const analyze = await loadSqlAnalyzer(options.dialect);
  return analyze(text, options.tableRows);
}

/** Trims an analysis to exactly the engine's input, e.g. to store it or post it from a worker. */
export function toSqlFacts(analysis: SqlAnalysis): SqlFacts {
  return {
    dialect: analysis.dialect,
    parseError: analysis.parseError,
    statements: analysis.statements.map(({ index, line, text, classification, ruleIds, table }) => ({
      index,
      line,
      text,
      classification,
      ruleIds,
      table,
    })),
  };
}
