// Straight to the PostgreSQL modules: the sql barrel's loader would also bundle the MySQL parser.
import { analyzePostgresWith } from '../sql/analyze-postgres';
import { loadPostgresParser, parsePostgresWith } from '../sql/parse-postgres';
import type { AnalyzedStatement, LockMode } from '../sql/types';
import { lockRank } from '../sql';
import type { StaticView } from './types';

export type ScriptStatement = {
  index: number;
  line: number;
  text: string;
  /** BEGIN, COMMIT...: the rehearsal wraps each statement itself, so these are skipped. */
  transactionControl: boolean;
  static: StaticView | null;
};

export type SplitScript = { statements: ScriptStatement[]; parseError: string | null };

function staticView(s: AnalyzedStatement): StaticView {
  // The statement's own lock counts too: ADD COLUMN takes ACCESS EXCLUSIVE though no rule warns.
  let lock: LockMode | null = s.lock ?? null;
  for (const f of s.findings) if (lockRank(f.lock) > lockRank(lock)) lock = f.lock;
  return {
    classification: s.classification,
    lock,
    rewrite: s.findings.some((f) => f.rewrite),
    ruleIds: s.ruleIds,
  };
}

/**
 * Splits a script with the same parser as the static analysis (PostgreSQL's own grammar), so the
 * rehearsal's statements line up one to one with the analysis shown on the Assessment step.
 */
export async function splitScript(text: string, withStatic: boolean): Promise<SplitScript> {
  const parser = await loadPostgresParser();
  const parsed = parsePostgresWith(parser, text);
  if (parsed.parseError) {
    const e = parsed.parseError;
    return { statements: [], parseError: `line ${e.line}, column ${e.column}: ${e.message}` };
  }
  const analysis = withStatic ? analyzePostgresWith(parser, text, undefined) : null;
  const statements = parsed.statements.map((s): ScriptStatement => {
    const analysed = analysis?.statements[s.index];
    const kind = s.stmt ? Object.keys(s.stmt)[0] : undefined;
    return {
      index: s.index,
      line: s.line,
      text: s.text,
      transactionControl: kind === 'TransactionStmt',
      static: analysed ? staticView(analysed) : null,
    };
  });
  return { statements, parseError: null };
}
