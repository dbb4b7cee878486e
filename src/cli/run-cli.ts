import { loadPlanText, type Plan } from '../domain';
import { planSqlSlots, sqlSourceOf } from '../sql/plan-slots';
import { evaluate, type Evaluation, type SqlContext } from '../engine';
import { formatSummary } from './summary';

export const planHasSql = (plan: Plan) => planSqlSlots(sqlSourceOf(plan)).size > 0;

export const EXIT_READY = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_INVALID = 2;

/** Everything the CLI touches outside itself, passed in so tests run it without a process or files. */
export type CliIo = {
  /** Reads a file; throws (any error) when it cannot. */
  readFile: (path: string) => { text: string; bytes: number };
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, used only when --now is not given. */
  now: () => Date;
  /**
   * Hook for `--sql`: SQL analysis of the forward script and the phase steps. Added by the SQL module;
   * when absent, `--sql` prints a note and the engine uses its own fallback scan.
   */
  analyseSql?: (plan: Plan) => Promise<SqlContext>;
};

export const USAGE = `Usage: npm run plan -- <command> <plan.json> [options]

Commands:
  check <file>      Print a readable summary. Exit 0 when ready, 1 when blockers remain,
                    2 when the file cannot be read or is not a valid plan.
  evaluate <file>   Print the full evaluation as JSON (same exit codes).

Options:
  --now <ISO time>  Evaluate as of this time (default: the current time). GR-07's 48 h notice
                    and the soak are measured against it.
  --no-sql          Skip the SQL parser; the engine falls back to its DROP/TRUNCATE scan.
  --sql             Analyse the plan's SQL with the real parser (the default when the plan has SQL).
  -h, --help        Show this help.`;

type Parsed =
  | { kind: 'help' }
  | { kind: 'run'; command: 'check' | 'evaluate'; file: string; now: Date | null; sql: boolean }
  | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): Parsed {
  let command: 'check' | 'evaluate' | null = null;
  let file: string | null = null;
  let now: Date | null = null;
  // SQL attached to the plan is analysed by default; --no-sql falls back to the engine's own scan.
  let sql = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help' || arg === 'help') return { kind: 'help' };
    if (arg === '--sql') {
      sql = true;
    } else if (arg === '--no-sql') {
      sql = false;
    } else if (arg === '--now' || arg.startsWith('--now=')) {
      const value = arg === '--now' ? argv[++i] : arg.slice('--now='.length);
      const ms = value === undefined ? Number.NaN : Date.parse(value);
      if (!Number.isFinite(ms))
        return {
          kind: 'error',
          message: `--now needs an ISO time, e.g. 2026-12-01T09:00:00Z (got ${value ?? 'nothing'}).`,
        };
      now = new Date(ms);
    } else if (arg.startsWith('-')) {
      return { kind: 'error', message: `Unknown option ${arg}.` };
    } else if (command === null) {
      if (arg !== 'check' && arg !== 'evaluate')
        return { kind: 'error', message: `Unknown command "${arg}"; use check or evaluate.` };
      command = arg;
    } else if (file === null) {
      file = arg;
    } else {
      return { kind: 'error', message: `Unexpected argument "${arg}".` };
    }
  }
  if (command === null) return { kind: 'error', message: 'Missing command: check or evaluate.' };
  if (file === null)
    return { kind: 'error', message: `Missing plan file: npm run plan -- ${command} <plan.json>.` };
  return { kind: 'run', command, file, now, sql };
}

function describeError(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const { code } = err;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'it is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return err instanceof Error ? err.message : String(err);
}

/** Runs one CLI invocation and returns the exit code. Never throws for bad input: that is exit 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_READY;
  }
  if (parsed.kind === 'error') {
    io.stderr(`${parsed.message}\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  let text: string;
  let bytes: number;
  try {
    ({ text, bytes } = io.readFile(parsed.file));
  } catch (err) {
    io.stderr(`Cannot read ${parsed.file}: ${describeError(err)}.`);
    return EXIT_INVALID;
  }
  const loaded = loadPlanText(text, bytes);
  if (!loaded.ok) {
    const { error } = loaded;
    const lines = [`${parsed.file} is not a valid plan: ${error.message}`];
    for (const issue of error.issues.slice(0, 10)) lines.push(`  at ${issue.path}: ${issue.message}`);
    if (error.issues.length > 10) lines.push(`  ... and ${error.issues.length - 10} more`);
    io.stderr(lines.join('\n'));
    return EXIT_INVALID;
  }
  let sql: SqlContext | undefined;
  if (parsed.sql && planHasSql(loaded.plan)) {
    if (io.analyseSql) sql = await io.analyseSql(loaded.plan);
    else
      io.stderr('Note: SQL analysis is not available in this build; using the built-in DROP/TRUNCATE scan.');
  }
  const now = parsed.now ?? io.now();
  const evaluation: Evaluation = evaluate(loaded.plan, sql ? { now, sql } : { now });
  if (parsed.command === 'evaluate') {
    io.stdout(JSON.stringify(evaluation, null, 2));
  } else {
    io.stdout(
      formatSummary(loaded.plan, evaluation, { file: parsed.file, now, upgradedFrom: loaded.upgradedFrom }),
    );
  }
  return evaluation.readiness.ready ? EXIT_READY : EXIT_BLOCKED;
}
