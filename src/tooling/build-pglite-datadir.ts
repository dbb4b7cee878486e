// Builds the PGlite data directory that the rehearsal worker loads instead of running initdb in WASM
// (issue 8: about 1.9 s instead of 9 to 10 s in Chromium). Runs before `vite build`; writes into
// public/pglite/, which git ignores: generated output is never committed. A cached build is reused
// while the PGlite version and the dump format are the same, so repeated builds do not pay for initdb
// again (--force rebuilds).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MemoryFS, PGlite } from '@electric-sql/pglite';
import { z } from 'zod';
import { DATADIR_MANIFEST, readDataDirManifest, type DataDirManifest } from '../rehearsal/datadir-manifest';
import { packDataDir, readDataDir } from '../rehearsal/datadir-pack';
import { pgliteFs } from '../rehearsal/start';

export const PGLITE_PUBLIC_DIR = fileURLToPath(new URL('../../public/pglite/', import.meta.url));

export function pgliteVersion(): string {
  const pkg = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(pkg, 'utf8'))).version;
}

export function readManifest(dir = PGLITE_PUBLIC_DIR): DataDirManifest | null {
  const path = join(dir, DATADIR_MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = readDataDirManifest(JSON.parse(readFileSync(path, 'utf8')), path);
  return existsSync(join(dir, manifest.file)) ? manifest : null;
}

/**
 * Bumped when the way the dump is made changes, so that a cached data directory of the old kind is
 * rebuilt. 2: dumped after a clean shutdown. 3: a pack (datadir-pack.ts) instead of a tar.
 * 4: identical files stored once.
 */
export const DATADIR_FORMAT = 4;

/**
 * `dumpDataDir()` can only run on a live server, and a live server's pg_control says "in production":
 * every boot from such a dump ran crash recovery and wrote an end-of-recovery checkpoint (about a
 * third of the boot in Node). `close()` shuts PostgreSQL down cleanly and then closes the file
 * system, so dumping there gives a data directory that starts like one just made by initdb.
 */
class DumpAfterShutdown extends MemoryFS {
  dump: Uint8Array | null = null;
  override async closeFs(): Promise<void> {
    if (this.pg) this.dump = packDataDir(readDataDir(pgliteFs(this.pg), PGlite.paths.PGDATA));
    await super.closeFs();
  }
}

export async function buildDataDir(dir = PGLITE_PUBLIC_DIR): Promise<DataDirManifest> {
  const fs = new DumpAfterShutdown();
  const db = await PGlite.create({ fs });
  const version = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  await db.close();
  if (!fs.dump) throw new Error('PGlite closed without closing its file system: no data directory');
  const bytes = gzipSync(fs.dump, { level: 9 });
  const sha = createHash('sha256').update(bytes).digest('hex');
  const manifest: DataDirManifest = {
    // Hashed name: the service worker caches it cache-first, so a new build must get a new name.
    file: `datadir-${sha.slice(0, 12)}.pack.gz`,
    bytes: bytes.length,
    sha256: sha,
    pgliteVersion: pgliteVersion(),
    format: DATADIR_FORMAT,
    serverVersion: version.rows[0]?.v ?? 'unknown',
  };
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.startsWith('datadir-')) rmSync(join(dir, old));
  writeFileSync(join(dir, manifest.file), bytes);
  writeFileSync(join(dir, DATADIR_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const cached = readManifest();
  const force = process.argv.includes('--force');
  if (cached && cached.pgliteVersion === pgliteVersion() && cached.format === DATADIR_FORMAT && !force) {
    console.log(`pglite data dir: reusing ${cached.file} (PGlite ${cached.pgliteVersion})`);
  } else {
    const built = await buildDataDir();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `pglite data dir: built ${built.file}, ${(built.bytes / 1024 / 1024).toFixed(2)} MB gzip, PostgreSQL ${built.serverVersion}, in ${seconds} s`,
    );
  }
}
