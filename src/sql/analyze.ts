import { PG_RULES, type RuleDef } from './rule-catalog';
import { MYSQL_RULES } from './rule-catalog-mysql';
import { analyzePostgresWith } from './analyze-postgres';
import { loadPostgresParser } from './parse-postgres';
import { analyzeMysqlWith, loadMysqlParser } from './analyze-mysql';
import { fixScript } from './findings';
import type {
  AnalyzeContext,
  AnalyzeOptions,
  Finding,
  SqlRiskFact,
  SqlAnalysis,
  SqlDialectName,
  SqlFacts,
} from './types';

/** A loaded analyser: synchronous, so a worker or the bench can run it without awaiting each call. */
export type SqlAnalyzer = (
  text: string,
  tableRows?: Record<string, number>,
  context?: AnalyzeContext,
) => SqlAnalysis;

/** Loads the dialect's parser on first use (dynamic import, WASM for PostgreSQL) and returns a sync analyser. */
export async function loadSqlAnalyzer(dialect: SqlDialectName): Promise<SqlAnalyzer> {
  if (dialect === 'mysql') {
    const parser = await loadMysqlParser();
    return (text, tableRows) => analyzeMysqlWith(parser, text, tableRows);
  }
  const parser = await loadPostgresParser();
  return (text, tableRows, context) => analyzePostgresWith(parser, text, tableRows, context);
}

/**
 * Parses and classifies a migration script. Never rejects on bad SQL (that is `parseError`);
 * it rejects only if the parser itself cannot be loaded.
 */
export async function analyzeSql(text: string, options: AnalyzeOptions): Promise<SqlAnalysis> {
  const analyze = await loadSqlAnalyzer(options.dialect);
  return analyze(text, options.tableRows, options.context);
}

const RULE_TITLES: Record<string, string> = Object.fromEntries(
  [...Object.values(PG_RULES), ...Object.values(MYSQL_RULES)].map((r: RuleDef) => [r.id, r.title]),
);

function toRiskFact(f: Finding): SqlRiskFact {
  return {
    ruleId: f.ruleId,
    title: RULE_TITLES[f.ruleId] ?? f.ruleId,
    classification: f.classification,
    risk: f.risk,
    lock: f.lock,
    blocks: f.blocks,
    rewrite: f.rewrite,
    scan: f.scan,
    table: f.table,
    rows: f.rows,
    rowsSource: f.rowsSource,
    band: f.band,
    message: f.message,
    alternative: f.alternative,
    fixSql: fixScript(f.fix),
    traffic: f.traffic,
  };
}

/** Trims an analysis to exactly the engine's input, e.g. to store it or post it from a worker. */
export function toSqlFacts(analysis: SqlAnalysis): SqlFacts {
  return {
    dialect: analysis.dialect,
    parseError: analysis.parseError,
    statements: analysis.statements.map(
      ({ index, line, text, classification, ruleIds, table, findings }) => ({
        index,
        line,
        text,
        classification,
        ruleIds,
        table,
        risks: findings.map(toRiskFact),
      }),
    ),
    scriptRisks: analysis.scriptFindings,
  };
}
