import { loadPlanText, type LoadIssue, type Plan } from '../domain';
import { describeDropped, type DroppedKey } from '../domain/dropped-keys';
import { evaluate, type Evaluation, type SqlContext } from '../engine';
import { planSqlSlots, sqlSourceOf } from '../sql/plan-slots';
import { describeError, type CliIo } from './cli-io';

export type PlanFile = { path: string; text: string; plan: Plan; upgradedFrom: number | null };

export const planHasSql = (plan: Plan) => planSqlSlots(sqlSourceOf(plan)).size > 0;

export type LoadFailure = {
  path: string;
  /** The file's text when it could be read, so a CI annotation can point into it. */
  text: string | null;
  message: string;
  issues: LoadIssue[];
  line?: number;
  column?: number;
  /** Keys of the file that are not part of a plan: often the misspelling behind an issue. */
  dropped?: DroppedKey[];
};

/** The keys of a file that are not part of a plan, said: the plan checked is without them. */
export function droppedLines(path: string, dropped: readonly DroppedKey[]): string[] {
  if (dropped.length === 0) return [];
  const n = dropped.length;
  return [
    `${path}: ignored ${n === 1 ? 'one key' : `${n} keys`} that ${n === 1 ? 'is' : 'are'} not part of a plan:`,
    ...dropped.slice(0, 20).map((d) => `  ${describeDropped(d)}`),
    ...(n > 20 ? [`  ... and ${n - 20} more`] : []),
  ];
}

export type PlanFileResult = { ok: true; file: PlanFile } | { ok: false; failure: LoadFailure };

/** Reads and loads a plan file through the one load pipeline; never throws. */
export function loadPlanFile(io: CliIo, path: string): PlanFileResult {
  let text: string;
  let bytes: number;
  try {
    ({ text, bytes } = io.readFile(path));
  } catch (err) {
    return {
      ok: false,
      failure: { path, text: null, message: `Cannot read ${path}: ${describeError(err)}.`, issues: [] },
    };
  }
  const loaded = loadPlanText(text, bytes);
  if (loaded.ok) {
    // On stderr, so JSON, SARIF and the rest on stdout stay clean; the exit code stays the plan's.
    if (loaded.dropped.length > 0) io.stderr(droppedLines(path, loaded.dropped).join('\n'));
    return { ok: true, file: { path, text, plan: loaded.plan, upgradedFrom: loaded.upgradedFrom } };
  }
  const { error } = loaded;
  return {
    ok: false,
    failure: {
      path,
      text,
      message: `${path} is not a valid plan: ${error.message}`,
      issues: error.issues,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(error.dropped && error.dropped.length > 0 ? { dropped: error.dropped } : {}),
    },
  };
}

/** What is wrong and where: the message, then up to ten field paths. */
export function describeFailure(failure: LoadFailure): string {
  const lines = [failure.message];
  for (const issue of failure.issues.slice(0, 10)) lines.push(`  at ${issue.path}: ${issue.message}`);
  if (failure.issues.length > 10) lines.push(`  ... and ${failure.issues.length - 10} more`);
  lines.push(...droppedLines(failure.path, failure.dropped ?? []));
  return lines.join('\n');
}

/** Loads a plan file, or prints what is wrong and returns null (the caller exits 2). */
export function readPlanFile(io: CliIo, path: string): PlanFile | null {
  const result = loadPlanFile(io, path);
  if (result.ok) return result.file;
  io.stderr(describeFailure(result.failure));
  return null;
}

/**
 * The same evaluation as the app: the plan's SQL analysed by the real parsers (unless `sql` is false),
 * then the engine as of `now`.
 */
export async function evaluatePlan(
  io: CliIo,
  plan: Plan,
  opts: { now: Date; sql: boolean },
): Promise<Evaluation> {
  let sql: SqlContext | undefined;
  if (opts.sql && planHasSql(plan)) {
    if (io.analyseSql) sql = await io.analyseSql(plan);
    else
      io.stderr('Note: SQL analysis is not available in this build; using the built-in DROP/TRUNCATE scan.');
  }
  return evaluate(plan, sql ? { now: opts.now, sql } : { now: opts.now });
}

/** Writes `text` to `-o <file>` (saying so on stderr) or to stdout. Returns false when it cannot. */
export function writeOutput(io: CliIo, out: string | null, text: string, what: string): boolean {
  if (out === null) {
    io.stdout(text.replace(/\n$/, ''));
    return true;
  }
  try {
    io.writeFile(out, text);
  } catch (err) {
    io.stderr(`Cannot write ${out}: ${describeError(err)}.`);
    return false;
  }
  io.stderr(`Wrote ${what} to ${out}.`);
  return true;
}
