import {
  analyzeSql,
  parseRate,
  parseTableStats,
  PG_RULES,
  MYSQL_RULES,
  type SqlAnalysis,
  type SqlDialectName,
} from '../sql';
import type { AnalyzeContext, TableRates } from '../sql/types';
import type { Command } from './cli-io';
import { formatLint, type LintFile, type LintFormat } from './lint-sql-format';

/**
 * `lint-sql`: the SQL analysis on migration files, as a repository runs it on every migration in CI.
 * Exit codes as `check`: 0 nothing blocks, 1 a blocker (or a script PostgreSQL cannot parse),
 * 2 a file cannot be read or the arguments are wrong.
 */

export const LINT_USAGE = `Usage: npm run plan -- lint-sql <file.sql>... [options]

Options:
  --dialect postgresql|mysql   SQL dialect (default postgresql).
  --rows table=N               Rows in a table, for size-scaled risks (repeatable).
  --rates table=R:W            Reads and writes per second on a table, for the lock x traffic estimate.
  --stats <file>               A pg_stat_user_tables or pg_class snapshot (psql output or CSV) for sizes.
  --schema <file>              The current schema (pg_dump --schema-only), so type changes are judged.
  --format text|json|sarif|github   Output (default text). sarif is SARIF 2.1.0 for code scanning;
                               github prints workflow annotations.
Exit codes: 0 no blocker, 1 blockers (or a script that does not parse), 2 unreadable file or bad arguments.`;

export type LintIo = {
  readFile: (path: string) => { text: string; bytes: number };
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

type LintArgs = {
  files: string[];
  dialect: SqlDialectName;
  rows: Record<string, number>;
  rates: Record<string, TableRates>;
  stats: string | null;
  schema: string | null;
  format: LintFormat;
};

const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif', 'github'];

export function parseLintArgs(argv: readonly string[]): LintArgs | string {
  const args: LintArgs = {
    files: [],
    dialect: 'postgresql',
    rows: {},
    rates: {},
    stats: null,
    schema: null,
    format: 'text',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    if (name === '--dialect') {
      const v = value();
      if (v !== 'postgresql' && v !== 'mysql')
        return `--dialect takes postgresql or mysql (got ${v ?? 'nothing'}).`;
      args.dialect = v;
    } else if (name === '--rows') {
      const v = value() ?? '';
      const m = /^([^=\s]+)=(\d+)$/.exec(v);
      if (!m) return `--rows takes table=N, e.g. --rows orders=1200000000 (got ${v || 'nothing'}).`;
      args.rows[(m[1] ?? '').toLowerCase()] = Number(m[2]);
    } else if (name === '--rates') {
      const v = value() ?? '';
      const rate = parseRate(v);
      if (!rate)
        return `--rates takes table=reads:writes per second, e.g. --rates orders=900:4000 (got ${v || 'nothing'}).`;
      args.rates[rate.table] = rate.rates;
    } else if (name === '--stats' || name === '--schema') {
      const v = value();
      if (v === undefined) return `${name} needs a file.`;
      if (name === '--stats') args.stats = v;
      else args.schema = v;
    } else if (name === '--format') {
      const v = value();
      const format = FORMATS.find((f) => f === v);
      if (format === undefined) return `--format takes ${FORMATS.join(', ')} (got ${v ?? 'nothing'}).`;
      args.format = format;
    } else if (arg.startsWith('-')) {
      return `Unknown option ${arg}.`;
    } else {
      args.files.push(arg);
    }
  }
  if (args.files.length === 0) return 'Missing SQL file: npm run plan -- lint-sql <file.sql>.';
  return args;
}

function read(io: LintIo, path: string): string | null {
  try {
    return io.readFile(path).text;
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    io.stderr(
      `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err)}.`,
    );
    return null;
  }
}

export async function runLintSql(argv: readonly string[], io: LintIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const args = parseLintArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n\n${LINT_USAGE}`);
    return 2;
  }
  const context: AnalyzeContext = {};
  const tableRows: Record<string, number> = {};
  if (args.stats !== null) {
    const text = read(io, args.stats);
    if (text === null) return 2;
    const stats = parseTableStats(text);
    for (const p of stats.problems) io.stderr(`${args.stats}: ${p}`);
    Object.assign(tableRows, stats.rows);
    context.statsTables = Object.keys(stats.rows);
    context.rates = { ...stats.rates };
  }
  if (args.schema !== null) {
    const text = read(io, args.schema);
    if (text === null) return 2;
    context.schemaSql = text;
  }
  Object.assign(tableRows, args.rows);
  if (Object.keys(args.rates).length > 0) context.rates = { ...context.rates, ...args.rates };
  const files: LintFile[] = [];
  let unreadable = false;
  for (const file of args.files) {
    const text = read(io, file);
    if (text === null) {
      unreadable = true;
      continue;
    }
    const analysis: SqlAnalysis = await analyzeSql(text, { dialect: args.dialect, tableRows, context });
    files.push({ file, analysis });
  }
  const rules = { ...PG_RULES, ...MYSQL_RULES };
  const output = formatLint(args.format, files, rules);
  if (output !== '') io.stdout(output);
  if (unreadable) return 2;
  const blocked = files.some(
    (f) =>
      f.analysis.statements.some((s) => s.severity === 'blocker') ||
      (f.analysis.parseError !== null && f.analysis.dialect === 'postgresql'),
  );
  return blocked ? 1 : 0;
}

export const lintSqlCommand: Command = {
  name: 'lint-sql',
  synopsis:
    'lint-sql <file.sql>... Lint migration SQL: locks, rewrites and sizes; text, json, github or sarif.',
  usage: LINT_USAGE,
  run: runLintSql,
};
