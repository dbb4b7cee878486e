/**
 * Web Worker for the rollback rehearsal: PGlite (about 5 MB gzip of WASM and data) loads here and
 * only here, on the first rehearsal, never with the app. Each rehearsal gets a fresh database, booted
 * from the data directory the build ships (initdb in WASM is 5x slower); cancel terminates the worker.
 */
import pgliteWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import initdbWasmUrl from '@electric-sql/pglite/initdb.wasm?url';
import {
  DATADIR_BASE_PATH,
  DATADIR_MANIFEST,
  noInitdb,
  rehearse,
  startPglite,
  type DataDirManifest,
  type StartOptions,
} from '../rehearsal';
import type {
  BootInfo,
  BootPhase,
  BootSource,
  FromRehearsalWorker,
  ToRehearsalWorker,
} from '../rehearsal/protocol';

interface WorkerScope {
  postMessage(message: FromRehearsalWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToRehearsalWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;
const base = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${DATADIR_BASE_PATH}`;

async function ok(url: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/**
 * The data directory, still gzipped (4.5 MB; 40 MB as a tar). Unzipping it here into a 40 MB Blob
 * gained nothing measurable in Chromium (a Blob that size goes to the browser process and back);
 * PGlite unzips this one in the worker's own memory. The type tells it to unzip.
 */
async function fetchDataDir(): Promise<{ tgz: Blob; manifest: DataDirManifest }> {
  const manifest = (await (
    await ok(`${base}${DATADIR_MANIFEST}`, { cache: 'no-cache' })
  ).json()) as DataDirManifest;
  const tgz = await (await ok(`${base}${manifest.file}`)).blob();
  return { tgz: new Blob([tgz], { type: 'application/x-gzip' }), manifest };
}

type Booted = { db: Awaited<ReturnType<typeof startPglite>>; info: BootInfo; pgliteVersion: string };

/**
 * What both kinds of boot need, started side by side: the PGlite module and pglite.wasm, compiled
 * while the data directory downloads. pglite.data is left to PGlite, which reads it as an
 * ArrayBuffer; as a Blob it would take the same detour through the browser process.
 */
function loadPglite(mark: (name: string) => void): Promise<StartOptions> {
  const module = import('@electric-sql/pglite').then(() => mark('PGlite module loaded'));
  const wasm = WebAssembly.compileStreaming(ok(pgliteWasmUrl)).then((m) => (mark('pglite.wasm compiled'), m));
  return Promise.all([module, wasm]).then(([, wasmModule]) => ({ wasmModule }));
}

async function bootInitdb(assets: Promise<StartOptions>, mark: (name: string) => void) {
  const initdb = WebAssembly.compileStreaming(ok(initdbWasmUrl)).then(
    (m) => (mark('initdb.wasm compiled'), m),
  );
  const [loaded, initdbModule] = await Promise.all([assets, initdb]);
  const db = await startPglite(null, { ...loaded, initdbModule, onInstance: () => mark('WASM instance up') });
  mark('initdb and PostgreSQL started');
  return db;
}

async function boot(source: BootSource): Promise<Booted> {
  const started = performance.now();
  const phases: BootPhase[] = [];
  const mark = (name: string) => phases.push({ name, ms: performance.now() - started });
  const info = (s: BootSource, fallback: string | null): BootInfo => ({
    source: s,
    ms: performance.now() - started,
    fallback,
    phases,
  });
  const assets = loadPglite(mark);
  if (source === 'initdb') {
    const db = await bootInitdb(assets, mark);
    return { db, info: info(source, null), pgliteVersion: 'unknown' };
  }
  try {
    const dataDir = fetchDataDir().then((d) => (mark('data directory fetched'), d));
    const [loaded, { tgz, manifest }] = await Promise.all([assets, dataDir]);
    const db = await startPglite(tgz, {
      ...loaded,
      initdbModule: noInitdb(),
      onInstance: () => mark('WASM instance up'),
    });
    mark('data directory unzipped and loaded, PostgreSQL started');
    return { db, info: info(source, null), pgliteVersion: manifest.pgliteVersion };
  } catch (error: unknown) {
    // No data directory (a dev server before the first build, or offline before it was cached):
    // slower, but initdb gives the same database.
    const db = await bootInitdb(assets, mark);
    const fallback = error instanceof Error ? error.message : String(error);
    return { db, info: info('initdb', fallback), pgliteVersion: 'unknown' };
  }
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
