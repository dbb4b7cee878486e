import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { buildDataDir } from '../tooling/build-pglite-datadir';
import { fingerprint, pgliteFs, startPglite } from './start';
import {
  controlFileState,
  DB_IN_PRODUCTION,
  DB_SHUTDOWNED,
  shippedControlFile,
  shippedDataDir,
} from './testing';

// Two PGlite boots, one of them a full initdb in WASM (about 25 s on a shared CI core).
describe('the shipped PGlite data directory', () => {
  it('is the same server and the same empty catalog as a fresh initdb, shut down cleanly', async () => {
    // `npm run build` makes it; a unit run before any build makes it the same way.
    if (!shippedDataDir()) await buildDataDir();
    const shipped = shippedDataDir();
    expect(shipped).not.toBeNull();
    if (!shipped) return;
    // Read before the boot: PostgreSQL writes into the very buffers it was given.
    const shippedState = controlFileState(shippedControlFile(shipped.entries));
    const fromDump = await startPglite(shipped.entries);
    const fresh = await startPglite(null);
    try {
      const [a, b] = [await fingerprint(fromDump), await fingerprint(fresh)];
      expect(a).toEqual(b);
      expect(shipped.manifest.serverVersion).toBe(a.serverVersion);
      const tables = await fromDump.query(
        "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
      );
      expect(tables.rows).toEqual([]);
      // A dump of a running server boots through crash recovery and a checkpoint every time; the
      // shipped one must not. The live dump shows that the check can tell the two apart.
      const live = pgliteFs(fresh).readFile(`${PGlite.paths.PGDATA}/global/pg_control`);
      expect(controlFileState(live)).toBe(DB_IN_PRODUCTION);
      expect(shippedState).toBe(DB_SHUTDOWNED);
    } finally {
      await fromDump.close();
      await fresh.close();
    }
  }, 120_000);
});
