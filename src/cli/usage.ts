import { EXIT_INVALID, type CliIo } from './cli-io';

/** Bad arguments: say what is wrong, then how the command is used; exit 2. */
export function usageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`${message}\n\n${usage}`);
  return EXIT_INVALID;
}
