/**
 * Web Worker for the rollback rehearsal: PGlite (about 5 MB gzip of WASM and data) loads here and
 * only here, on the first rehearsal, never with the app. Each rehearsal gets a fresh database, booted
 * from the data directory the build ships (initdb in WASM is 5x slower); cancel terminates the worker.
 */
import {
  DATADIR_BASE_PATH,
  DATADIR_MANIFEST,
  rehearse,
  startPglite,
  type DataDirManifest,
} from '../rehearsal';
import type { BootInfo, BootSource, FromRehearsalWorker, ToRehearsalWorker } from '../rehearsal/protocol';

interface WorkerScope {
  postMessage(message: FromRehearsalWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToRehearsalWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;
const base = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${DATADIR_BASE_PATH}`;

async function fetchDataDir(): Promise<{ blob: Blob; manifest: DataDirManifest }> {
  const res = await fetch(`${base}${DATADIR_MANIFEST}`, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${DATADIR_MANIFEST}: HTTP ${res.status}`);
  const manifest = (await res.json()) as DataDirManifest;
  const data = await fetch(`${base}${manifest.file}`);
  if (!data.ok) throw new Error(`${manifest.file}: HTTP ${data.status}`);
  return { blob: await data.blob(), manifest };
}

type Booted = { db: Awaited<ReturnType<typeof startPglite>>; info: BootInfo; pgliteVersion: string };

async function boot(source: BootSource): Promise<Booted> {
  const started = performance.now();
  if (source === 'datadir') {
    try {
      const { blob, manifest } = await fetchDataDir();
      const db = await startPglite(blob);
      const info: BootInfo = { source, ms: performance.now() - started, fallback: null };
      return { db, info, pgliteVersion: manifest.pgliteVersion };
    } catch (error: unknown) {
      // No data directory (a dev server before the first build, or offline before it was cached):
      // slower, but initdb gives the same database.
      const db = await startPglite(null);
      const fallback = error instanceof Error ? error.message : String(error);
      return {
        db,
        info: { source: 'initdb', ms: performance.now() - started, fallback },
        pgliteVersion: 'unknown',
      };
    }
  }
  const db = await startPglite(null);
  return { db, info: { source, ms: performance.now() - started, fallback: null }, pgliteVersion: 'unknown' };
}

async function handle(message: ToRehearsalWorker): Promise<FromRehearsalWorker> {
  if (message.type === 'boot') {
    const { db, info } = await boot(message.source);
    const v = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    await db.close();
    return { type: 'booted', boot: info, serverVersion: v.rows[0]?.v ?? '?' };
  }
  scope.postMessage({
    type: 'progress',
    progress: { phase: 'start', done: 0, total: 0, message: 'Starting PostgreSQL (PGlite)' },
  });
  const { db, info, pgliteVersion } = await boot('datadir');
  const result = await rehearse(db, message.input, {
    clock: () => performance.now(),
    pgliteVersion,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  await db.close();
  return { type: 'result', result, boot: info };
}

scope.addEventListener('message', (event) => {
  void handle(event.data)
    .catch((error: unknown): FromRehearsalWorker => ({
      type: 'error',
      message: `The rehearsal could not run: ${error instanceof Error ? error.message : String(error)}`,
    }))
    .then((response) => scope.postMessage(response));
});
