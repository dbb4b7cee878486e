import { parseArgs } from 'node:util';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type OptionValues = Record<string, string | boolean | undefined>;

export type ParsedOptions =
  { ok: true; values: OptionValues; positionals: string[] } | { ok: false; message: string };

/** What every command accepts: help, and the time the plan is evaluated as of. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  now: { type: 'string' },
} as const satisfies OptionSpec;

/**
 * Node's own argument parser (strict: an unknown option or a missing value is an error, so a typo
 * never silently changes what a CI job checks), with its messages cut to the sentence that matters.
 */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...spec },
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, values, positionals };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const unknown = /^Unknown option '([^']+)'/.exec(text);
    return { ok: false, message: unknown ? `Unknown option ${unknown[1]}.` : (text.split('. ')[0] ?? text) };
  }
}

/** What every command that evaluates a plan also takes: where to write, and whether to parse its SQL. */
export const EVALUATING_OPTIONS = {
  output: { type: 'string', short: 'o' },
  sql: { type: 'boolean' },
  'no-sql': { type: 'boolean' },
} as const satisfies OptionSpec;

export const stringOption = (values: OptionValues, key: string): string | null => {
  const value = values[key];
  return typeof value === 'string' ? value : null;
};

/** `--now <ISO time>`: null when absent, an error message when it is not a time. */
export function nowOption(values: OptionValues): { now: Date | null } | { error: string } {
  const value = stringOption(values, 'now');
  if (value === null) return { now: null };
  const ms = Date.parse(value);
  if (!Number.isFinite(ms))
    return { error: `--now needs an ISO time, e.g. 2026-12-01T09:00:00Z (got ${value}).` };
  return { now: new Date(ms) };
}

/**
 * `--now` and `--no-sql` as the engine takes them: the time the plan is evaluated as of (`clock`'s when
 * --now is absent) and whether its SQL is parsed; or what is wrong with --now.
 */
export function evaluationOptions(
  values: OptionValues,
  clock: () => Date,
): { now: Date; sql: boolean } | { error: string } {
  const time = nowOption(values);
  if ('error' in time) return time;
  return { now: time.now ?? clock(), sql: values['no-sql'] !== true };
}
