import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../.ci/mariadb.sh', import.meta.url));

export type Mariadb = {
  /** Runs a script as `mysql --batch` does and returns what it printed; rejects with its stderr. */
  batch: (sql: string, database?: string) => Promise<string>;
  stop: () => void;
  version: string;
};

function client(): string {
  for (const c of ['/usr/bin/mariadb', '/usr/bin/mysql', '/usr/local/bin/mariadb', '/usr/local/bin/mysql'])
    if (spawnSync(c, ['--version']).status === 0) return c;
  return 'mariadb';
}

/**
 * The server CI started (VERIFY_MYSQL_SOCKET, see .ci/run), or one started here through .ci/mariadb.sh;
 * null with the reason when neither is possible, so the tests skip with a message instead of failing.
 */
export function startMariadb(): Mariadb | { skip: string } {
  let socket = process.env.VERIFY_MYSQL_SOCKET ?? '';
  let dir: string | null = null;
  if (socket === '') {
    dir = mkdtempSync(join(tmpdir(), 'verify-mariadb-'));
    const r = spawnSync('bash', [SCRIPT, 'start', dir], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) return { skip: (r.stderr || r.stdout || 'MariaDB did not start').trim() };
    socket = r.stdout.trim();
  }
  const bin = client();
  const base = ['--no-defaults', '-S', socket, '-u', process.env.VERIFY_MYSQL_USER ?? 'root'];
  const version = spawnSync(bin, [...base, '--batch', '-N', '-e', 'SELECT VERSION()'], { encoding: 'utf8' });
  if (version.status !== 0) return { skip: `MariaDB at ${socket} does not answer: ${version.stderr.trim()}` };
  return {
    version: version.stdout.trim(),
    batch: (sql, database) =>
      new Promise((resolve, reject) => {
        const child = execFile(
          bin,
          [...base, '--batch', '--default-character-set=utf8mb4', ...(database ? [database] : [])],
          { maxBuffer: 256 * 1024 * 1024 },
          (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
        );
        // A client that fails early closes its input; the error above says why, not EPIPE.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(sql);
      }),
    stop: () => {
      if (dir) spawnSync('bash', [SCRIPT, 'stop', dir], { timeout: 30_000 });
    },
  };
}
