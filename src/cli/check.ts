import type { Evaluation } from '../engine';
import { NOTICE_MIN_HOURS } from '../domain/spec-limits';
import { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';
import { githubAnnotation } from './format-github';
import { checkSarif } from './format-sarif';
import { EVALUATING_OPTIONS, evaluationOptions, stringOption } from './options';
import {
  describeFailure,
  evaluatePlan,
  loadPlanFile,
  writeOutput,
  type LoadFailure,
  type PlanFile,
} from './plan-file';
import { invalidItem, reportItems, type ReportItem } from './report-items';
import { formatSummary } from './summary';
import { commandArgs, usageError } from './usage';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => FORMATS.some((f) => f === value);

const COMMON_HELP = `  --now <ISO time>  Evaluate as of this time (default: now). GR-07's ${NOTICE_MIN_HOURS} h notice and the soak
                    are measured against it.
  --no-sql          Skip the SQL parser; the engine falls back to its DROP/TRUNCATE scan.
  --sql             Analyse the plan's SQL with the real parser (the default when the plan has SQL).`;

const CHECK_USAGE = `Usage: npm run plan -- check <plan.json>... [--format text|json|github|sarif] [-o <file>]

Checks one or more plan files with the decision engine.
Exit 0 when every plan is ready, 1 when blockers remain, 2 when a file cannot be read or is not a
valid plan (the others are still checked).

Options:
  --format text     A readable summary per plan (the default).
  --format json     One JSON object per plan: verdict, recommendations, and every finding, question
                    and uncovered risk with its rule id, field path, line and column.
  --format github   GitHub Actions workflow commands (::error, ::warning, ::notice) that annotate the
                    plan file at the finding's line.
  --format sarif    One SARIF 2.1.0 log for all the plans (GitHub code scanning, IDE viewers).
  -o, --output <f>  Write the report to a file instead of stdout.
${COMMON_HELP}`;

const EVALUATE_USAGE = `Usage: npm run plan -- evaluate <plan.json> [-o <file>]

Prints the full evaluation as JSON (strategy, data approach, estimate, findings, questions, risks,
criteria, readiness, waves). Exit codes as for check.

Options:
  -o, --output <f>  Write the JSON to a file instead of stdout.
${COMMON_HELP}`;

type Checked = { file: PlanFile; evaluation: Evaluation; items: ReportItem[] };

function jsonReport(checked: Checked[], failed: LoadFailure[], now: Date): string {
  const strip = ({ file: _file, ...rest }: ReportItem) => rest;
  const ok = checked.map(({ file, evaluation: e, items }) => ({
    file: file.path,
    valid: true,
    evaluatedAt: now.toISOString(),
    ready: e.readiness.ready,
    blockers: e.readiness.blockers.length,
    warnings: e.readiness.warnings,
    openQuestions: e.readiness.openQuestions,
    strategy: {
      recommended: e.strategy.recommended,
      chosen: e.strategy.chosen,
      differs: e.strategy.differs,
      ruleIds: e.strategy.ruleIds,
    },
    dataApproach: {
      recommended: e.dataApproach.recommended,
      chosen: e.dataApproach.chosen,
      differs: e.dataApproach.differs,
      ruleIds: e.dataApproach.ruleIds,
    },
    items: items.map(strip),
  }));
  const bad = failed.map((f) => ({
    file: f.path,
    valid: false,
    error: { ...strip(invalidItem(f)), issues: f.issues },
  }));
  return `${JSON.stringify([...ok, ...bad], null, 2)}\n`;
}

function report(format: Format, checked: Checked[], failed: LoadFailure[], now: Date): string {
  if (format === 'json') return jsonReport(checked, failed, now);
  if (format === 'sarif') {
    const items = [...checked.flatMap((c) => c.items), ...failed.map(invalidItem)];
    return `${JSON.stringify(checkSarif(items), null, 2)}\n`;
  }
  if (format === 'github') {
    const lines = [...checked.flatMap((c) => c.items), ...failed.map(invalidItem)].map(githubAnnotation);
    for (const { file, evaluation: e } of checked)
      lines.push(
        `${file.path}: ${e.readiness.ready ? 'READY' : 'NOT READY'} (${plural(e.readiness.blockers.length, 'blocker')}, ${plural(e.readiness.warnings, 'warning')}, ${plural(e.readiness.openQuestions, 'open question')})`,
      );
    return `${lines.join('\n')}\n`;
  }
  const summaries = checked.map(({ file, evaluation }) =>
    formatSummary(file.plan, evaluation, { file: file.path, now, upgradedFrom: file.upgradedFrom }),
  );
  return `${summaries.join('\n\n')}\n`;
}

async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = commandArgs(io, argv, { ...EVALUATING_OPTIONS, format: { type: 'string' } }, CHECK_USAGE);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const format = stringOption(values, 'format') ?? 'text';
  if (!isFormat(format))
    return usageError(io, `Unknown format "${format}"; use ${FORMATS.join(', ')}.`, CHECK_USAGE);
  const options = evaluationOptions(values, io.now);
  if ('error' in options) return usageError(io, options.error, CHECK_USAGE);
  if (positionals.length === 0) return usageError(io, 'Missing plan file: check <plan.json>.', CHECK_USAGE);
  const checked: Checked[] = [];
  const failed: LoadFailure[] = [];
  for (const path of positionals) {
    const result = loadPlanFile(io, path);
    if (!result.ok) {
      failed.push(result.failure);
      io.stderr(describeFailure(result.failure));
      continue;
    }
    const evaluation = await evaluatePlan(io, result.file.plan, options);
    checked.push({ file: result.file, evaluation, items: reportItems(result.file, evaluation) });
  }
  const out = stringOption(values, 'output');
  if (checked.length > 0 || format !== 'text') {
    if (!writeOutput(io, out, report(format, checked, failed, options.now), `the ${format} report`))
      return EXIT_INVALID;
  }
  if (failed.length > 0) return EXIT_INVALID;
  return checked.every((c) => c.evaluation.readiness.ready) ? EXIT_READY : EXIT_BLOCKED;
}

async function runEvaluate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = commandArgs(io, argv, EVALUATING_OPTIONS, EVALUATE_USAGE);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const options = evaluationOptions(values, io.now);
  if ('error' in options) return usageError(io, options.error, EVALUATE_USAGE);
  const [path, extra] = positionals;
  if (path === undefined) return usageError(io, 'Missing plan file: evaluate <plan.json>.', EVALUATE_USAGE);
  if (extra !== undefined) return usageError(io, `Unexpected argument "${extra}".`, EVALUATE_USAGE);
  const result = loadPlanFile(io, path);
  if (!result.ok) {
    io.stderr(describeFailure(result.failure));
    return EXIT_INVALID;
  }
  const evaluation = await evaluatePlan(io, result.file.plan, options);
  const json = `${JSON.stringify(evaluation, null, 2)}\n`;
  if (!writeOutput(io, stringOption(values, 'output'), json, 'the evaluation')) return EXIT_INVALID;
  return evaluation.readiness.ready ? EXIT_READY : EXIT_BLOCKED;
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'check <file>...     Check plans: a summary, or json, github annotations or sarif (--format).',
  usage: CHECK_USAGE,
  run: runCheck,
};

export const evaluateCommand: Command = {
  name: 'evaluate',
  synopsis: 'evaluate <file>     Print the full evaluation as JSON.',
  usage: EVALUATE_USAGE,
  run: runEvaluate,
};
