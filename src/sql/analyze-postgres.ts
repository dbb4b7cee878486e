import type { Node, VariableSetStmt } from 'libpg-query';
import { buildFinding, assembleStatement } from './findings';
import { buildPgFix } from './fixes-postgres';
import { nodeKind, qualifiedName, unwrap } from './pg-ast';
import { createPgState } from './pg-state';
import { parsePostgresWith, type PgParserModule } from './parse-postgres';
import { PG_RULES } from './rule-catalog';
import { statementRules } from './rules-postgres';
import { rowsFor } from './table-rows';
import type { AnalyzedStatement, ScriptFinding, SqlAnalysis } from './types';

/** Statements that change nothing: they do not make a script "multi-step" for retry purposes. */
const CONTROL_KINDS = new Set([
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'SelectStmt',
  'ExplainStmt',
]);
const STRONG: readonly string[] = ['risky', 'breaking', 'destructive'];

type Timeouts = { lock: boolean; statement: boolean; localLock: boolean; localStatement: boolean };

export function analyzePostgresWith(
  parser: PgParserModule,
  text: string,
  tableRows: Record<string, number> | undefined,
): SqlAnalysis {
  const parsed = parsePostgresWith(parser, text);
  const state = createPgState();
  const timeouts: Timeouts = { lock: false, statement: false, localLock: false, localStatement: false };
  const changes = parsed.statements.filter((s) => !CONTROL_KINDS.has(nodeKind(s.stmt))).length;
  const unprotected: number[] = [];
  const statements: AnalyzedStatement[] = parsed.statements.map((s) => {
    trackSession(s.stmt, state, timeouts);
    state.retryMatters = !state.inTransaction && changes > 1;
    const verdict = statementRules(s.stmt, state);
    const singleCommand = (unwrap(s.stmt, 'AlterTableStmt')?.cmds?.length ?? 0) === 1;
    const concurrently = (): string | null => insertConcurrently(parser, s.text);
    const findings = verdict.findings.map((raw) => {
      const table = qualifiedName(raw.table);
      const subject = raw.subject ?? {};
      return buildFinding({
        rule: PG_RULES[raw.ruleId],
        table,
        rows: rowsFor(tableRows, raw.table?.schema ?? null, raw.table?.name ?? null),
        detail: raw.detail,
        lock: raw.lock,
        subject,
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
      },
      findings,
    );
    const locks = findings.some((f) => f.lock !== null && STRONG.includes(f.classification));
    if (locks && !timeouts.lock) unprotected.push(s.index);
    return statement;
  });
  const scriptFindings = timeoutFindings(statements, unprotected, timeouts);
  return { dialect: 'postgresql', statements, parseError: parsed.parseError, scriptFindings };
}

/**
 * PG-024 is about the session, not one statement: it is reported once for the script, and its id
 * is put on the first statement that runs without a lock_timeout so the engine sees it too.
 */
function timeoutFindings(
  statements: AnalyzedStatement[],
  unprotected: number[],
  timeouts: Timeouts,
): ScriptFinding[] {
  const first = unprotected[0];
  if (first === undefined) return [];
  const rule = PG_RULES['PG-024'];
  const alsoStatement = timeouts.statement ? '' : '; no statement_timeout either';
  const detail = `first needed at line ${statements[first]?.line ?? 0}${alsoStatement}`;
  const finding = buildFinding({ rule, table: null, rows: null, detail });
  const target = statements[first];
  if (target !== undefined) statements[first] = assembleStatement(target, [...target.findings, finding]);
  return [{ ruleId: rule.id, severity: finding.severity, message: finding.message, statements: unprotected }];
}

function trackSession(stmt: Node | undefined, state: { inTransaction: boolean }, t: Timeouts): void {
  const tx = unwrap(stmt, 'TransactionStmt');
  if (tx !== undefined) {
    const kind = tx.kind ?? '';
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') state.inTransaction = true;
    if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
      state.inTransaction = false;
      // SET LOCAL lasts until the transaction ends.
      if (t.localLock) t.lock = false;
      if (t.localStatement) t.statement = false;
      t.localLock = false;
      t.localStatement = false;
    }
    return;
  }
  const set = unwrap(stmt, 'VariableSetStmt');
  if (set !== undefined) applySet(set, t);
}

function applySet(set: VariableSetStmt, t: Timeouts): void {
  if (set.kind === 'VAR_RESET_ALL') {
    t.lock = false;
    t.statement = false;
    return;
  }
  const name = set.name?.toLowerCase();
  if (name !== 'lock_timeout' && name !== 'statement_timeout') return;
  const value = unwrap(set.args?.[0], 'A_Const');
  // 0 (or '0') means "wait forever": the same as not setting it.
  const zero = value?.ival !== undefined && (value.ival.ival ?? 0) === 0 && value.sval === undefined;
  const zeroText = value?.sval?.sval?.trim() === '0';
  const on = set.kind === 'VAR_SET_VALUE' && !zero && !zeroText;
  if (name === 'lock_timeout') {
    t.lock = on;
    t.localLock = on && set.is_local === true;
  } else {
    t.statement = on;
    t.localStatement = on && set.is_local === true;
  }
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
