import type { CliIo } from '../cli-io';
import { runCli } from '../run-cli';

export const NOW = '2026-12-05T00:00:00Z';

/** A CLI world in memory: files in a map, output in arrays, a fixed clock and predictable ids. */
export function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  let ids = 0;
  const io: CliIo = {
    readFile: (path) => {
      const text = written.get(path) ?? files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return { text, bytes: Buffer.byteLength(text) };
    },
    writeFile: (path, text) => {
      if (path.startsWith('/readonly/')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      written.set(path, text);
    },
    exists: (path) => written.has(path) || path in files,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date(NOW),
    newId: () => `id-${(ids += 1)}`,
  };
  return { io, out, err, written, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

/** One command run over these files at the fixed clock (`--now NOW`): its exit code and the world it left. */
export const cliCommand =
  (command: string, files: Record<string, string>) =>
  async (...args: string[]) => {
    const w = fakeIo(files);
    const code = await runCli([command, ...args, '--now', NOW], w.io);
    return { code, ...w };
  };
