import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { DATADIR_MANIFEST, type DataDirManifest } from './datadir-manifest';
import { startPglite } from './start';

/** Node-only helpers for the rehearsal tests; never imported by the app or the worker. */
export const PUBLIC_PGLITE = fileURLToPath(new URL('../../public/pglite/', import.meta.url));

export function shippedDataDir(): { manifest: DataDirManifest; blob: Blob } | null {
  const path = join(PUBLIC_PGLITE, DATADIR_MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as DataDirManifest;
  const file = join(PUBLIC_PGLITE, manifest.file);
  if (!existsSync(file)) return null;
  return { manifest, blob: new Blob([readFileSync(file)]) };
}

/** The shipped data directory when the build made one (4 s in Node), else a fresh initdb (about 25 s). */
export async function testPglite(): Promise<PGlite> {
  return startPglite(shippedDataDir()?.blob ?? null);
}

/** Empties the instance between tests, so one boot serves a whole file. */
export async function resetPglite(db: PGlite): Promise<void> {
  await db.exec('RESET ALL');
  const schemas = await db.query<{ s: string }>(
    `SELECT quote_ident(nspname) AS s FROM pg_namespace
     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
  );
  for (const { s } of schemas.rows) await db.exec(`DROP SCHEMA ${s} CASCADE`);
  await db.exec('CREATE SCHEMA public');
}
