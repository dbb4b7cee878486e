import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { DATADIR_MANIFEST, readDataDirManifest, type DataDirManifest } from './datadir-manifest';
import { unpackDataDir, type PackEntry } from './datadir-pack';
import { dropUserSchemas } from './reuse';
import { startPglite } from './start';

/** Node-only helpers for the rehearsal tests; never imported by the app or the worker. */
export const PUBLIC_PGLITE = fileURLToPath(new URL('../../public/pglite/', import.meta.url));

export function shippedDataDir(): { manifest: DataDirManifest; entries: PackEntry[] } | null {
  const path = join(PUBLIC_PGLITE, DATADIR_MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = readDataDirManifest(JSON.parse(readFileSync(path, 'utf8')), path);
  const file = join(PUBLIC_PGLITE, manifest.file);
  if (!existsSync(file)) return null;
  return { manifest, entries: unpackDataDir(gunzipSync(readFileSync(file))) };
}

/** The shipped data directory when the build made one (4 s in Node), else a fresh initdb (about 25 s). */
export async function testPglite(): Promise<PGlite> {
  return startPglite(shippedDataDir()?.entries ?? null);
}

/** Empties the instance between tests, so one boot serves a whole file. */
export async function resetPglite(db: PGlite): Promise<void> {
  await db.exec('RESET ALL');
  await dropUserSchemas(db);
}

/** PostgreSQL's DBState values in pg_control (src/include/catalog/pg_control.h). */
export const DB_SHUTDOWNED = 1;
export const DB_IN_PRODUCTION = 6;

/** The cluster state recorded in a pg_control file: DB_SHUTDOWNED boots straight away,
 * DB_IN_PRODUCTION makes every boot run crash recovery. */
export function controlFileState(control: Uint8Array): number {
  // ControlFileData: system_identifier (8 bytes), pg_control_version, catalog_version_no, state.
  return new DataView(control.buffer, control.byteOffset, control.byteLength).getInt32(16, true);
}

/** The shipped pg_control. */
export function shippedControlFile(entries: PackEntry[]): Uint8Array {
  const control = entries.find((e) => e.path === 'global/pg_control')?.data;
  if (!control) throw new Error('the data directory has no global/pg_control');
  return control;
}
