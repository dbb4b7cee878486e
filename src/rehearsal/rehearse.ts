import { diffCatalog, snapshotCatalog } from './catalog';
import { disagreements } from './compare';
import { heldAcross, reconcile } from './reconcile';
import { compareData, tableData } from './data-check';
import { errorText, runObserved } from './observe';
import { splitScript, type ScriptStatement } from './script';
import { loadSyntheticRows } from './synthetic';
import { REASON } from './rollback-tested';
import type {
  Clock,
  Db,
  RehearsalInput,
  RehearsalProgress,
  RehearsalResult,
  StatementObservation,
} from './types';

const isBegin = (s: StatementObservation) => /^\s*(begin|start\s+transaction)\b/i.test(s.text);
const isEnd = (s: StatementObservation) => /^\s*(commit|end|rollback|abort)\b/i.test(s.text);

export type RehearseOptions = {
  clock: Clock;
  pgliteVersion: string;
  onProgress?: (progress: RehearsalProgress) => void;
};

// pg_dump output names roles and privileges that this fresh instance does not have; they say
// nothing about the schema's shape, so they are left out rather than failing the rehearsal.
const IRRELEVANT =
  /^\s*(ALTER\s+(TABLE|SEQUENCE|VIEW|MATERIALIZED\s+VIEW|FUNCTION|PROCEDURE|TYPE|DOMAIN|SCHEMA)\s[^;]*?\bOWNER\s+TO\b|GRANT|REVOKE|ALTER\s+DEFAULT\s+PRIVILEGES|COMMENT\s+ON\s+EXTENSION)\b/i;

async function applySchema(db: Db, text: string): Promise<string | null> {
  const split = await splitScript(text, false);
  if (split.parseError) return `current schema: ${split.parseError}`;
  for (const s of split.statements) {
    if (s.transactionControl || IRRELEVANT.test(s.text)) continue;
    try {
      await db.exec(s.text);
    } catch (error: unknown) {
      return `current schema, ${errorText(error, s.line, s.text)}`;
    }
  }
  // pg_dump empties search_path for its own session; the migration expects the default one.
  await db.exec('RESET ALL');
  return null;
}

async function runScript(
  db: Db,
  script: 'forward' | 'rollback',
  statements: ScriptStatement[],
  options: RehearseOptions,
): Promise<StatementObservation[]> {
  const out: StatementObservation[] = [];
  for (const s of statements) {
    options.onProgress?.({
      phase: script,
      done: out.length,
      total: statements.length,
      message: `${script === 'forward' ? 'Forward' : 'Rollback'}: line ${s.line}`,
    });
    const base = { script, index: s.index, line: s.line, text: s.text, static: s.static };
    if (s.transactionControl) {
      out.push({
        ...base,
        ok: true,
        error: null,
        inTransaction: true,
        skipped: true,
        locks: [],
        rewritten: [],
        ms: 0,
        disagreements: [],
        reconciliation: 'skipped',
      });
      continue;
    }
    const run = await runObserved(db, s.text, s.line, options.clock);
    const observed = { ...base, ...run, skipped: false, disagreements: disagreements(run, s.static) };
    out.push({ ...observed, reconciliation: reconcile(observed) });
    // A real run stops at the first error too; the rollback still runs, as it would in production.
    if (!run.ok) break;
  }
  return out;
}

/**
 * The rehearsal on a fresh database: apply the current schema, load synthetic rows, run the forward
 * script statement by statement while watching locks and rewrites, run the rollback, then compare
 * the catalog and the data with what was there before. `db` must be empty (fresh PGlite).
 */
export async function rehearse(
  db: Db,
  input: RehearsalInput,
  options: RehearseOptions,
): Promise<RehearsalResult> {
  const started = options.clock();
  const progress = (phase: RehearsalProgress['phase'], message: string) =>
    options.onProgress?.({ phase, done: 0, total: 0, message });
  const version =
    (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
  const result: RehearsalResult = {
    verdict: 'fail',
    reasons: [],
    serverVersion: version,
    pgliteVersion: options.pgliteVersion,
    rowsPerTable: input.rowsPerTable,
    rowWarnings: [],
    schemaError: null,
    forward: [],
    rollback: [],
    catalogDiff: [],
    dataChecks: [],
    heldLocks: [],
    totalMs: 0,
  };
  const finish = () => {
    result.verdict = result.reasons.length === 0 ? 'pass' : 'fail';
    result.totalMs = options.clock() - started;
    return result;
  };

  progress('schema', 'Applying the current schema');
  result.schemaError = await applySchema(db, input.schemaSql);
  if (result.schemaError) {
    result.reasons.push(`The current schema could not be applied: ${result.schemaError}`);
    return finish();
  }
  const forward = await splitScript(input.forwardSql, true);
  // The rollback is analysed like the forward script, so both reconcile with what PostgreSQL did.
  const rollback = await splitScript(input.rollbackSql, true);
  if (forward.parseError) result.reasons.push(`${REASON.forwardParse}: ${forward.parseError}`);
  if (rollback.parseError) result.reasons.push(`${REASON.rollbackParse}: ${rollback.parseError}`);
  if (input.rollbackSql.trim() === '') result.reasons.push(REASON.noRollback);
  if (result.reasons.length > 0) return finish();

  progress('rows', `Loading ${input.rowsPerTable} synthetic rows per table`);
  result.rowWarnings = await loadSyntheticRows(db, input.rowsPerTable);
  const catalogBefore = await snapshotCatalog(db);
  const dataBefore = await tableData(db);

  result.forward = await runScript(db, 'forward', forward.statements, options);
  const forwardFailed = result.forward.find((s) => !s.ok);
  if (forwardFailed)
    result.reasons.push(
      `The forward migration failed at ${forwardFailed.error ?? `line ${forwardFailed.line}`}`,
    );

  result.rollback = await runScript(db, 'rollback', rollback.statements, options);
  const rollbackFailed = result.rollback.find((s) => !s.ok);
  if (rollbackFailed)
    result.reasons.push(`The rollback failed at ${rollbackFailed.error ?? `line ${rollbackFailed.line}`}`);

  result.heldLocks = [
    ...heldAcross('forward', result.forward, isBegin, isEnd),
    ...heldAcross('rollback', result.rollback, isBegin, isEnd),
  ];
  progress('compare', 'Comparing the schema and the data with the original');
  result.catalogDiff = diffCatalog(catalogBefore, await snapshotCatalog(db));
  result.dataChecks = compareData(dataBefore, await tableData(db));
  if (result.catalogDiff.length > 0) {
    result.reasons.push(`The rollback did not restore the schema: ${result.catalogDiff.join('; ')}`);
  }
  const badData = result.dataChecks.filter((d) => !d.ok);
  if (badData.length > 0) {
    result.reasons.push(
      `The sample data did not survive: ${badData.map((d) => `${d.table}: ${d.message}`).join('; ')}`,
    );
  }
  return finish();
}
