import { coverageLine, heldLockText, RECONCILIATION_LABELS } from './reconcile';
import type { RehearsalResult, StatementObservation } from './types';

const NOTES_LIMIT = 10_000;

export function environmentName(result: Pick<RehearsalResult, 'serverVersion'>): string {
  return `local rehearsal (PostgreSQL ${result.serverVersion}, PGlite)`;
}

const oneLine = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function locksText(s: StatementObservation): string {
  if (s.skipped) return 'skipped (transaction control)';
  if (!s.inTransaction) return 'runs outside a transaction: locks not observable';
  const tables = s.locks.filter((l) => l.kind !== 'index');
  if (tables.length === 0) return 'no lock on existing tables';
  // The strongest mode says what blocks; the weaker ones a statement also holds add only noise.
  return tables.map((l) => `${l.relation} ${l.modes[0] ?? ''}`).join(', ');
}

function statementLine(s: StatementObservation): string {
  const status = s.ok ? '' : ` FAILED: ${s.error ?? ''}`;
  const rewrite = s.rewritten.length > 0 ? `rewrite of ${s.rewritten.join(', ')}` : 'no rewrite';
  const disagree =
    s.disagreements.length > 0 ? ` [differs from static analysis: ${s.disagreements.join('; ')}]` : '';
  const verdict = s.reconciliation === 'skipped' ? '' : ` ${RECONCILIATION_LABELS[s.reconciliation]}.`;
  return `- line ${s.line}: ${oneLine(s.text)} — ${locksText(s)}; ${rewrite}; ${s.ms.toFixed(0)} ms.${verdict}${status}${disagree}`;
}

/**
 * The rehearsal as readable text for the test record's notes. Exporters (runbook, review document)
 * print it as it is: the first line is the verdict, then "Observed locks (forward):" with one line
 * per statement, then the catalog diff and the data checks, each under its own heading line.
 */
export function rehearsalNotes(result: RehearsalResult): string {
  const lines: string[] = [];
  lines.push(
    result.verdict === 'pass'
      ? 'Verdict: pass. The rollback restored the schema and the sample data.'
      : `Verdict: fail. ${result.reasons.join(' ')}`,
  );
  lines.push(
    `PostgreSQL ${result.serverVersion} (PGlite ${result.pgliteVersion}); ${result.rowsPerTable} synthetic rows per table; ${(result.totalMs / 1000).toFixed(1)} s in all.`,
  );
  if (result.rowWarnings.length > 0) lines.push(`Rows not generated: ${result.rowWarnings.join('; ')}`);
  if (result.forward.length > 0) {
    lines.push(`Observed locks (forward), against the static analysis: ${coverageLine(result.forward)}.`);
    for (const s of result.forward) lines.push(statementLine(s));
  }
  if (result.rollback.length > 0) {
    const failed = result.rollback.find((s) => !s.ok);
    lines.push(
      failed
        ? `Rollback: failed at ${failed.error ?? `line ${failed.line}`}`
        : `Rollback: ${result.rollback.length} statement(s), all succeeded.`,
    );
    lines.push(`Observed locks (rollback), against the static analysis: ${coverageLine(result.rollback)}.`);
    for (const s of result.rollback) lines.push(statementLine(s));
  }
  if (result.heldLocks.length > 0) {
    lines.push('Locks held across later statements:');
    for (const h of result.heldLocks) lines.push(`- ${h.script}: ${heldLockText(h)}`);
  }
  if (!result.schemaError && result.forward.length > 0) {
    lines.push(
      result.catalogDiff.length === 0
        ? 'Catalog diff: Identical.'
        : `Catalog diff:\n${result.catalogDiff.map((d) => `- ${d}`).join('\n')}`,
    );
    const data = result.dataChecks.map((d) => `- ${d.table}: ${d.before?.rows ?? 0} rows, ${d.message}`);
    if (data.length > 0) lines.push(`Data:\n${data.join('\n')}`);
  }
  const text = lines.join('\n');
  return text.length > NOTES_LIMIT ? `${text.slice(0, NOTES_LIMIT - 20)}\n… (truncated)` : text;
}
