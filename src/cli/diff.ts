import { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';
import { diffMarkdown } from './diff-markdown';
import { EVALUATING_OPTIONS, evaluationOptions, stringOption } from './options';
import { evaluatePlan, readPlanFile, writeOutput } from './plan-file';
import { commandArgs, usageError } from './usage';
import { countChanges, diffPlans } from '../exporters/plan-diff';

const USAGE = `Usage: npm run plan -- diff <old.json> <new.json> [-o <file>] [--exit-code]

Prints what changed from the old plan to the new one as Markdown for a pull-request comment: the
readiness and recommendations before and after, then every change section by section (the same
comparison as the Outputs step's "Compare with another version").
Exit 0 when the diff was written, 2 when a file is not a valid plan.

Options:
  -o, --output <f>  Write the Markdown to a file instead of stdout.
  --exit-code       Exit 1 when the plans differ, 0 when they do not (as git diff --exit-code).
  --old-name <text> How to name the old plan in the Markdown (default: its path), e.g. main:plans/x.json.
  --new-name <text> How to name the new plan (default: its path).
  --now <ISO time>  The time both plans are evaluated as of (default: now).
  --no-sql          Skip the SQL parser; the engine falls back to its DROP/TRUNCATE scan.`;

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = commandArgs(
    io,
    argv,
    {
      ...EVALUATING_OPTIONS,
      'exit-code': { type: 'boolean' },
      'old-name': { type: 'string' },
      'new-name': { type: 'string' },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const [oldPath, newPath, extra] = positionals;
  if (oldPath === undefined || newPath === undefined)
    return usageError(io, 'diff needs two plan files: the old one, then the new one.', USAGE);
  if (extra !== undefined) return usageError(io, `Unexpected argument "${extra}".`, USAGE);
  const options = evaluationOptions(values, io.now);
  if ('error' in options) return usageError(io, options.error, USAGE);
  // Both are read before either fails, so one run names every bad file.
  const before = readPlanFile(io, oldPath);
  const after = readPlanFile(io, newPath);
  if (!before || !after) return EXIT_INVALID;
  const text = diffMarkdown(
    {
      name: stringOption(values, 'old-name') ?? oldPath,
      plan: before.plan,
      evaluation: await evaluatePlan(io, before.plan, options),
    },
    {
      name: stringOption(values, 'new-name') ?? newPath,
      plan: after.plan,
      evaluation: await evaluatePlan(io, after.plan, options),
    },
  );
  if (!writeOutput(io, stringOption(values, 'output'), text, 'the plan diff')) return EXIT_INVALID;
  const changed = countChanges(diffPlans(before.plan, after.plan)) > 0;
  return values['exit-code'] === true && changed ? EXIT_BLOCKED : EXIT_READY;
}

export const diffCommand: Command = {
  name: 'diff',
  synopsis: 'diff <old> <new>    What changed between two plans, as Markdown for a PR comment.',
  usage: USAGE,
  run,
};
