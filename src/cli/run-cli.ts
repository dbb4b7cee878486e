import { checkCommand, evaluateCommand } from './check';
import { EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { initCommand } from './init';
import { lintSqlCommand } from './lint-sql';

export { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';

/** Every subcommand; each lives in its own file with its options, usage and exit codes. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  evaluateCommand,
  exportCommand,
  diffCommand,
  initCommand,
  lintSqlCommand,
];

export const USAGE = `Usage: npm run plan -- <command> [options]   (or: node dist/cli/plan.mjs, npx migration-plan)

Commands:
${COMMANDS.map((c) => `  ${c.synopsis}`).join('\n')}

Run a command with --help for its options and exit codes.`;

/** Runs one CLI invocation and returns the exit code. Never throws for bad input: that is exit 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '') {
    io.stderr(`Missing command.\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE);
    return EXIT_READY;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}"; use ${COMMANDS.map((c) => c.name).join(', ')}.\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  return command.run(rest, io);
}
