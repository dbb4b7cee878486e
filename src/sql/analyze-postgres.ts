import type { Node } from 'libpg-query';
import { buildFinding, assembleStatement } from './findings';
import { buildPgFix } from './fixes-postgres';
import { nodeKind, qualifiedName, unwrap, type TableRef } from './pg-ast';
import { createSession, trackSession, type PgSession } from './pg-session';
import { createPgState, type RawFinding } from './pg-state';
import { parsePostgresWith, type PgParserModule } from './parse-postgres';
import { PG_RULES, type PgRuleId } from './rule-catalog';
import { statementLock } from './pg-locks';
import { statementRules } from './rules-postgres';
import { longIdentifiers } from './rules-postgres-more';
import { seedFromSchema } from './schema-seed';
import { rowsFor } from './table-rows';
import type {
  AnalyzeContext,
  AnalyzedStatement,
  Finding,
  ScriptFinding,
  SqlAnalysis,
  TableRates,
} from './types';

/** Statements that change nothing: they do not make a script "multi-step" for retry purposes. */
const CONTROL_KINDS = new Set([
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'SelectStmt',
  'ExplainStmt',
]);
const STRONG: readonly string[] = ['risky', 'breaking', 'destructive'];

const CONCURRENTLY_RETRY =
  'add IF NOT EXISTS / IF EXISTS; CONCURRENTLY cannot run inside a transaction block, so keep it as its own step, and after a failure drop the INVALID index it left before retrying';

type Sizes = { rows: number | null; source: 'plan' | 'stats' | null };

function sizeOf(
  ref: TableRef | null,
  tableRows: Record<string, number> | undefined,
  context: AnalyzeContext,
): Sizes {
  const rows = rowsFor(tableRows, ref?.schema ?? null, ref?.name ?? null);
  if (rows === null || ref === null) return { rows, source: null };
  const stats = context.statsTables ?? [];
  if (stats.length === 0) return { rows, source: 'plan' };
  const key = ref.name.toLowerCase();
  const qualified = ref.schema === null ? key : `${ref.schema.toLowerCase()}.${key}`;
  return { rows, source: stats.includes(qualified) || stats.includes(key) ? 'stats' : 'plan' };
}

function ratesOf(ref: TableRef | null, context: AnalyzeContext): TableRates | null {
  if (ref === null || !context.rates) return null;
  const key = ref.name.toLowerCase();
  const qualified = ref.schema === null ? key : `${ref.schema.toLowerCase()}.${key}`;
  return context.rates[qualified] ?? context.rates[key] ?? null;
}

export function analyzePostgresWith(
  parser: PgParserModule,
  text: string,
  tableRows: Record<string, number> | undefined,
  context: AnalyzeContext = {},
): SqlAnalysis {
  const parsed = parsePostgresWith(parser, text);
  const state = createPgState();
  if (context.schemaSql) seedFromSchema(parser, context.schemaSql, state);
  const session = createSession();
  const changes = parsed.statements.filter((s) => !CONTROL_KINDS.has(nodeKind(s.stmt))).length;
  const unprotected: number[] = [];
  const noStatementTimeout: number[] = [];
  const statements: AnalyzedStatement[] = parsed.statements.map((s) => {
    const event = trackSession(s.stmt, s.index, session);
    state.inTransaction = session.inTransaction;
    state.retryMatters = !state.inTransaction && changes > 1;
    const verdict = statementRules(s.stmt, state);
    const raws: RawFinding[] = [...verdict.findings];
    longIdentifiers(parser, s.text, verdict.table, raws);
    if (event !== null)
      raws.push({
        ruleId: 'PG-036',
        table: null,
        detail:
          event === 'nested-begin'
            ? 'BEGIN inside a transaction block'
            : 'COMMIT or ROLLBACK with no transaction open',
      });
    const singleCommand = (unwrap(s.stmt, 'AlterTableStmt')?.cmds?.length ?? 0) === 1;
    const concurrently = (): string | null => insertConcurrently(parser, s.text);
    const isConcurrent = isConcurrentStatement(s.stmt);
    const findings = raws.map((raw) => {
      const table = qualifiedName(raw.table);
      const subject = raw.subject ?? {};
      const size = sizeOf(raw.table, tableRows, context);
      const other = raw.otherTable ? sizeOf(raw.otherTable, tableRows, context) : null;
      // A foreign key locks and checks both tables: the larger decides.
      const useOther = other?.rows != null && (size.rows === null || other.rows > size.rows);
      const sized = useOther && other ? other : size;
      const detail =
        useOther && raw.otherTable
          ? `${raw.detail ?? ''}${raw.detail ? '; ' : ''}sized by ${qualifiedName(raw.otherTable) ?? ''}`
          : raw.detail;
      const rates = ratesOf(raw.table, context);
      return buildFinding({
        rule: PG_RULES[raw.ruleId],
        table,
        rows: sized.rows,
        rowsSource: sized.source,
        detail,
        lock: raw.lock,
        subject,
        alternative: raw.ruleId === 'PG-025' && isConcurrent ? CONCURRENTLY_RETRY : undefined,
        traffic: rates ? { rates, lockTimeoutSec: session.lockTimeoutSec } : null,
        fix: buildPgFix({ ruleId: raw.ruleId, table, subject, text: s.text, concurrently, singleCommand }),
      });
    });
    const statement = assembleStatement(
      {
        index: s.index,
        line: s.line,
        text: s.text,
        table: qualifiedName(verdict.table),
        kind: nodeKind(s.stmt),
        lock: statementLock(s.stmt),
      },
      findings,
    );
    const locks = findings.some((f) => f.lock !== null && STRONG.includes(f.classification));
    if (locks && !session.lock) unprotected.push(s.index);
    if (locks && !session.statement) noStatementTimeout.push(s.index);
    return statement;
  });
  const scriptFindings = [
    ...sessionFinding(
      'PG-024',
      statements,
      unprotected,
      session.statement ? '' : '; no statement_timeout either',
    ),
    ...sessionFinding('PG-040', statements, noStatementTimeout, ''),
    ...uncommitted(statements, session),
  ];
  return { dialect: 'postgresql', statements, parseError: parsed.parseError, scriptFindings };
}

/**
 * PG-024 and PG-040 are about the session, not one statement: each is reported once for the script,
 * and its id is put on the first statement that runs without the timeout so the engine sees it too.
 */
function sessionFinding(
  ruleId: PgRuleId,
  statements: AnalyzedStatement[],
  unprotected: number[],
  extra: string,
): ScriptFinding[] {
  const first = unprotected[0];
  if (first === undefined) return [];
  const rule = PG_RULES[ruleId];
  const detail = `first needed at line ${statements[first]?.line ?? 0}${extra}`;
  const finding = buildFinding({ rule, table: null, rows: null, detail });
  addTo(statements, first, finding);
  return [{ ruleId: rule.id, severity: finding.severity, message: finding.message, statements: unprotected }];
}

/** PG-037: a BEGIN still open at the end of the script; PostgreSQL rolls it all back. */
function uncommitted(statements: AnalyzedStatement[], session: PgSession): ScriptFinding[] {
  if (!session.inTransaction || session.openedAt === null) return [];
  const rule = PG_RULES['PG-037'];
  const line = statements[session.openedAt]?.line ?? 0;
  const finding = buildFinding({ rule, table: null, rows: null, detail: `BEGIN at line ${line}` });
  addTo(statements, session.openedAt, finding);
  return [
    { ruleId: rule.id, severity: finding.severity, message: finding.message, statements: [session.openedAt] },
  ];
}

function addTo(statements: AnalyzedStatement[], index: number, finding: Finding): void {
  const target = statements[index];
  if (target !== undefined) statements[index] = assembleStatement(target, [...target.findings, finding]);
}

function isConcurrentStatement(stmt: Node | undefined): boolean {
  return unwrap(stmt, 'IndexStmt')?.concurrent === true || unwrap(stmt, 'DropStmt')?.concurrent === true;
}

const CONCURRENTLY_AFTER = new Set(['INDEX', 'TABLE', 'SCHEMA', 'DATABASE', 'SYSTEM']);

/**
 * CREATE INDEX / DROP INDEX / REINDEX {INDEX|TABLE|...} take CONCURRENTLY right after that keyword.
 * The scanner gives the keyword's byte range, so the rewrite never guesses at SQL text.
 */
function insertConcurrently(parser: PgParserModule, text: string): string | null {
  try {
    const tokens = parser.scanSync(text).tokens.slice(0, 6);
    const keyword = tokens.find((t) => CONCURRENTLY_AFTER.has(t.text.toUpperCase()));
    if (keyword === undefined) return null;
    const at = new TextDecoder().decode(new TextEncoder().encode(text).subarray(0, keyword.end)).length;
    return `${text.slice(0, at)} CONCURRENTLY${text.slice(at)}`;
  } catch {
    return null;
  }
}
