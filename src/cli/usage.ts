import { EXIT_INVALID, EXIT_READY, type CliIo } from './cli-io';
import { parseOptions, type OptionSpec, type OptionValues } from './options';

/** Bad arguments: say what is wrong, then how the command is used; exit 2. */
export function usageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`${message}\n\n${usage}`);
  return EXIT_INVALID;
}

/**
 * Every command's start: its options parsed (a bad one is a usage error), and `--help` answered. Returns
 * the exit code when the command is done already, or what it was given.
 */
export function commandArgs(
  io: CliIo,
  argv: readonly string[],
  spec: OptionSpec,
  usage: string,
): number | { values: OptionValues; positionals: string[] } {
  const parsed = parseOptions(argv, spec);
  if (!parsed.ok) return usageError(io, parsed.message, usage);
  if (parsed.values['help'] === true) {
    io.stdout(usage);
    return EXIT_READY;
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
