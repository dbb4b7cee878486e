import type { PGlite } from '@electric-sql/pglite';
import { writeDataDir, type PackEntry, type PackFs } from './datadir-pack';

/** What the caller may have loaded already; PGlite fetches whatever is missing itself. */
export type StartOptions = {
  /** pglite.wasm, compiled while the data directory downloads. */
  wasmModule?: WebAssembly.Module;
  /** initdb.wasm: used only without a data directory (see noInitdb). */
  initdbModule?: WebAssembly.Module;
  /** Called once the WASM instance and its file system are up, before the data directory is loaded. */
  onInstance?: () => void;
  /** Called once the data directory's files are in the file system, before PostgreSQL starts. */
  onDataDir?: () => void;
};

/**
 * PGlite's Emscripten file system. PGlite types it with Emscripten's global `FS`, whose declarations
 * (@types/emscripten) this project does not install; the calls made on it are the ones PackFs lists.
 */
export function pgliteFs(pg: Pick<PGlite, 'Module'>): PackFs {
  return (pg.Module as unknown as { FS: PackFs }).FS;
}

/**
 * PostgreSQL settings of every rehearsal database, booted either way. A rehearsal is one session on
 * a sample of at most a few hundred thousand rows; PGlite's default 128 MB of shared buffers made
 * each start zero and commit that much WASM memory (over a second of each boot in Node) and bought
 * nothing: evicted pages go to the same in-memory file system.
 */
export const REHEARSAL_SETTINGS = ['-c', 'shared_buffers=16MB'];

/**
 * A fresh PGlite: from the shipped data directory's entries when given (about 5x faster than
 * initdb), else through initdb. The entries may still be on their way: PGlite instantiates its WASM
 * and unpacks its own files meanwhile, and waits for them only when it needs them. The dynamic
 * import keeps PGlite out of every bundle that does not call this.
 */
export async function startPglite(
  dataDir: PackEntry[] | Promise<PackEntry[]> | null,
  options: StartOptions = {},
): Promise<PGlite> {
  const { PGlite: Pg, MemoryFS } = await import('@electric-sql/pglite');
  const { onInstance, onDataDir } = options;
  // initialSyncFs is PGlite's hook between "WASM instance ready" and "load or create the database".
  // The files written here are found by PGlite's own check (PG_VERSION exists: no initdb), so PGlite
  // neither unpacks a tar nor runs initdb.
  class PackedFs extends MemoryFS {
    override async initialSyncFs(): Promise<void> {
      onInstance?.();
      await super.initialSyncFs();
      const entries = await dataDir;
      if (entries && this.pg) writeDataDir(pgliteFs(this.pg), Pg.paths.PGDATA, entries);
      onDataDir?.();
    }
  }
  return Pg.create({
    fs: new PackedFs(),
    startParams: [...Pg.defaultStartParams, ...REHEARSAL_SETTINGS],
    ...(options.wasmModule ? { pgliteWasmModule: options.wasmModule } : {}),
    ...(options.initdbModule ? { initdbWasmModule: options.initdbModule } : {}),
  });
}

/**
 * PGlite starts downloading initdb.wasm on every create() unless it is handed an initdb module, even
 * when it boots from a data directory and never runs initdb. This empty (valid) module is that
 * handle: only for boots from a data directory, where PGlite does not look at it.
 */
export function noInitdb(): WebAssembly.Module {
  return new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
}

export type Fingerprint = { serverVersion: string; encoding: string; collate: string; catalog: string };

/** What must be the same between the shipped data directory and a fresh initdb. */
export async function fingerprint(db: Pick<PGlite, 'query'>): Promise<Fingerprint> {
  const r = await db.query<Fingerprint>(`SELECT current_setting('server_version') AS "serverVersion",
    current_setting('server_encoding') AS encoding, d.datcollate AS collate,
    md5((SELECT string_agg(n.nspname || '.' || c.relname || ':' || c.relkind::text, ',' ORDER BY n.nspname, c.relname)
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace) ||
        (SELECT count(*) FROM pg_proc)::text || (SELECT count(*) FROM pg_type)::text ||
        (SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database) ||
        (SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension)) AS catalog
    FROM pg_database d WHERE d.datname = current_database()`);
  const row = r.rows[0];
  if (!row) throw new Error('no fingerprint row');
  return row;
}
