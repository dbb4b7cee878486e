import type { Plan } from '../domain';
import type { SqlContext } from '../engine';

export const EXIT_READY = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_INVALID = 2;

/** Everything the CLI touches outside itself, passed in so tests run it without a process or files. */
export type CliIo = {
  /** Reads a file; throws (any error) when it cannot. */
  readFile: (path: string) => { text: string; bytes: number };
  /** Writes a whole file (`-o`); throws when it cannot. */
  writeFile: (path: string, text: string) => void;
  /** Whether something already exists at the path (`init` never overwrites a plan without --force). */
  exists: (path: string) => boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock, used only when --now is not given. */
  now: () => Date;
  /** A fresh plan id for `init`. */
  newId: () => string;
  /**
   * Hook for `--sql`: SQL analysis of the forward script and the phase steps. Added by the SQL module;
   * when absent, `--sql` prints a note and the engine uses its own fallback scan.
   */
  analyseSql?: (plan: Plan) => Promise<SqlContext>;
};

/** One subcommand: its own options, usage and exit codes. `argv` is everything after its name. */
export type Command = {
  name: string;
  /** The line shown in the overview: `check <file>  Print a readable summary...`. */
  synopsis: string;
  usage: string;
  run: (argv: readonly string[], io: CliIo) => Promise<number>;
};

/** A file system error in words, not a stack trace. */
export function describeError(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const { code } = err;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'it is a directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'ENOTDIR') return 'a folder on the path is a file';
  }
  return err instanceof Error ? err.message : String(err);
}
