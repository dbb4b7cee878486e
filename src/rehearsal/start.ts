import type { PGlite } from '@electric-sql/pglite';

/** What the caller may have loaded already; PGlite fetches whatever is missing itself. */
export type StartOptions = {
  /** pglite.wasm, compiled while the data directory downloads. */
  wasmModule?: WebAssembly.Module;
  /** initdb.wasm: used only without a data directory (see NO_INITDB). */
  initdbModule?: WebAssembly.Module;
  /** Called once the WASM instance and its file system are up, before the data directory is loaded. */
  onInstance?: () => void;
};

/**
 * A fresh PGlite, from a data directory dump when one is given (about 5x faster than initdb).
 * The dynamic import keeps PGlite out of every bundle that does not call this.
 */
export async function startPglite(dataDir: Blob | null, options: StartOptions = {}): Promise<PGlite> {
  const { PGlite: Pg, MemoryFS } = await import('@electric-sql/pglite');
  const { onInstance } = options;
  // initialSyncFs is PGlite's hook between "WASM instance ready" and "load or create the database":
  // the boundary the benchmark reports.
  class TimedFs extends MemoryFS {
    override async initialSyncFs(): Promise<void> {
      onInstance?.();
      await super.initialSyncFs();
    }
  }
  return Pg.create({
    fs: new TimedFs(),
    ...(dataDir ? { loadDataDir: dataDir } : {}),
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
