import { exportPlanJson } from '../exporters/plan-json';
import { EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';
import { nowOption, stringOption } from './options';
import { writeOutput } from './plan-file';
import { findTemplate, loadTemplate, TEMPLATES } from './templates';
import { commandArgs, usageError } from './usage';

const list = () =>
  TEMPLATES.map((t) => `  ${t.id.padEnd(28)} ${t.name}\n  ${' '.repeat(28)} ${t.description}`).join('\n');

const USAGE = `Usage: npm run plan -- init --template <name> [-o plan.json] [--force]
       npm run plan -- init --list

Starts a plan from a template: a worked plan for a common kind of migration, with phases, integrity
checks, rollback triggers and procedures, to adapt to your system. The plan gets a fresh id and
creation time; nothing is ticked and no rollback test is recorded, so check reports those blockers
until you do the work.

Options:
  --template <name>  One of the templates below.
  -o, --output <f>   Write the plan to a file (refuses to overwrite one without --force).
  --force            Overwrite the output file.
  --title <text>     The plan's title (default: the template's).
  --list             List the templates.

Templates:
${list()}`;

function runInit(argv: readonly string[], io: CliIo): number {
  const args = commandArgs(
    io,
    argv,
    {
      template: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      title: { type: 'string' },
      list: { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  if (values['list'] === true) {
    io.stdout(list());
    return EXIT_READY;
  }
  if (positionals.length > 0) return usageError(io, `Unexpected argument "${positionals[0]}".`, USAGE);
  const name = stringOption(values, 'template');
  if (name === null) return usageError(io, 'Missing --template <name>.', USAGE);
  const source = findTemplate(name);
  if (!source) return usageError(io, `Unknown template "${name}".`, USAGE);
  const time = nowOption(values);
  if ('error' in time) return usageError(io, time.error, USAGE);
  const title = stringOption(values, 'title');
  if (title !== null && title.trim() === '') return usageError(io, '--title must not be empty.', USAGE);
  const out = stringOption(values, 'output');
  if (out !== null && values['force'] !== true && io.exists(out)) {
    io.stderr(`${out} already exists; nothing was written. Pass --force to overwrite it.`);
    return EXIT_INVALID;
  }
  const loaded = loadTemplate(source);
  if (!loaded.ok) {
    io.stderr(`The template ${source.id} does not load: ${loaded.error.message}`);
    return EXIT_INVALID;
  }
  const plan = {
    ...loaded.plan,
    id: io.newId(),
    createdAt: (time.now ?? io.now()).toISOString(),
    ...(title === null ? {} : { title: title.trim() }),
  };
  return writeOutput(io, out, exportPlanJson(plan), `a plan from template ${source.id}`)
    ? EXIT_READY
    : EXIT_INVALID;
}

export const initCommand: Command = {
  name: 'init',
  synopsis: 'init --template <n>  Start a plan from a template (--list shows them).',
  usage: USAGE,
  run: (argv, io) => Promise.resolve(runInit(argv, io)),
};
