// Builds the PGlite data directory that the rehearsal worker loads instead of running initdb in WASM
// (issue 8: about 1.9 s instead of 9 to 10 s in Chromium). Runs before `vite build`; writes into
// public/pglite/, which git ignores: generated output is never committed. A cached build is reused
// while the PGlite version is the same, so repeated builds do not pay for initdb again (--force rebuilds).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { DATADIR_MANIFEST, type DataDirManifest } from '../rehearsal/datadir-manifest';

export const PGLITE_PUBLIC_DIR = fileURLToPath(new URL('../../public/pglite/', import.meta.url));

export function pgliteVersion(): string {
  const pkg = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));
  const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  return parsed.version;
}

export function readManifest(dir = PGLITE_PUBLIC_DIR): DataDirManifest | null {
  const path = join(dir, DATADIR_MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as DataDirManifest;
  return existsSync(join(dir, manifest.file)) ? manifest : null;
}

export async function buildDataDir(dir = PGLITE_PUBLIC_DIR): Promise<DataDirManifest> {
  const db = await PGlite.create();
  const version = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  const bytes = new Uint8Array(await dump.arrayBuffer());
  const sha = createHash('sha256').update(bytes).digest('hex');
  const manifest: DataDirManifest = {
    // Hashed name: the service worker caches it cache-first, so a new build must get a new name.
    file: `datadir-${sha.slice(0, 12)}.tgz`,
    bytes: bytes.length,
    sha256: sha,
    pgliteVersion: pgliteVersion(),
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
  if (cached && cached.pgliteVersion === pgliteVersion() && !force) {
    console.log(`pglite data dir: reusing ${cached.file} (PGlite ${cached.pgliteVersion})`);
  } else {
    const built = await buildDataDir();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `pglite data dir: built ${built.file}, ${(built.bytes / 1024 / 1024).toFixed(2)} MB gzip, PostgreSQL ${built.serverVersion}, in ${seconds} s`,
    );
  }
}
