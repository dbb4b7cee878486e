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
  isPack,
  noInitdb,
  unpackDataDir,
  type PackEntry,
  rehearse,
  startPglite,
  readDataDirManifest,
  type DataDirManifest,
  type StartOptions,
} from '..';
import type { BootInfo, BootPhase, BootSource, FromRehearsalWorker, ToRehearsalWorker } from '../protocol';
import { FIRST_RUN_OFFLINE_MESSAGE, isNetworkError } from '../offline';
import { globalsFingerprint, resetForReuse } from '../reuse';

const post = (message: FromRehearsalWorker) => postMessage(message);
const base = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${DATADIR_BASE_PATH}`;

async function ok(url: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/**
 * The data directory pack (datadir-pack.ts), unzipped as it downloads and split into files while
 * pglite.wasm compiles, so that the boot itself only hands PGlite's file system the buffers. A host
 * that sends the .gz with Content-Encoding: gzip has unzipped it already: the pack's magic says so.
 */
async function downloadDataDir(): Promise<{ bytes: Uint8Array; manifest: DataDirManifest }> {
  const url = `${base}${DATADIR_MANIFEST}`;
  const manifest = readDataDirManifest(await (await ok(url, { cache: 'no-cache' })).json(), url);
  const body = (await ok(`${base}${manifest.file}`)).body;
  if (!body) throw new Error(`${manifest.file}: empty response`);
  const [sniff, rest] = body.tee();
  const reader = sniff.getReader();
  const first = (await reader.read()).value ?? new Uint8Array(0);
  void reader.cancel();
  const gzipped = first[0] === 0x1f && first[1] === 0x8b;
  // The platform concatenates the stream into one buffer.
  const unzipped = gzipped ? rest.pipeThrough(new DecompressionStream('gzip')) : rest;
  const bytes = new Uint8Array(await new Response(unzipped).arrayBuffer());
  if (!isPack(bytes)) throw new Error(`${manifest.file}: not a data directory pack`);
  return { bytes, manifest };
}

/**
 * A worker that rehearses again keeps what does not change between rehearsals: the compiled
 * pglite.wasm and the unzipped data directory pack. Each boot still gets a fresh database: PGlite's
 * file system takes ownership of the files it is handed, so each boot unpacks a copy.
 */
let warmPack: Promise<{ bytes: Uint8Array; manifest: DataDirManifest }> | null = null;
let warmAssets: Promise<StartOptions> | null = null;

function remembered<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

async function fetchDataDir(): Promise<{ entries: PackEntry[]; manifest: DataDirManifest }> {
  warmPack ??= remembered(downloadDataDir(), () => (warmPack = null));
  const { bytes, manifest } = await warmPack;
  return { entries: unpackDataDir(bytes.slice()), manifest };
}

type Booted = { db: Awaited<ReturnType<typeof startPglite>>; info: BootInfo; pgliteVersion: string };

/**
 * What both kinds of boot need, started side by side: the PGlite module and pglite.wasm, compiled
 * while the data directory downloads. pglite.data is left to PGlite, which reads it as an
 * ArrayBuffer; as a Blob it would take the same detour through the browser process.
 */
function loadPglite(mark: (name: string) => void): Promise<StartOptions> {
  warmAssets ??= remembered(compilePglite(mark), () => (warmAssets = null));
  return warmAssets;
}

function compilePglite(mark: (name: string) => void): Promise<StartOptions> {
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
    const dataDir = fetchDataDir().then((d) => (mark('data directory fetched and unzipped'), d));
    // Awaited by PGlite once its WASM is up; a failure surfaces there and falls back to initdb.
    const entries = dataDir.then((d) => d.entries);
    entries.catch(() => undefined);
    const db = await startPglite(entries, {
      ...(await assets),
      initdbModule: noInitdb(),
      onInstance: () => mark('WASM instance up'),
      onDataDir: () => mark('data directory in the file system'),
    });
    mark('PostgreSQL started');
    return { db, info: info(source, null), pgliteVersion: (await dataDir).manifest.pgliteVersion };
  } catch (error: unknown) {
    // No data directory (a dev server before the first build, or offline before it was cached):
    // slower, but initdb gives the same database.
    const db = await bootInitdb(assets, mark);
    const fallback = error instanceof Error ? error.message : String(error);
    return { db, info: info('initdb', fallback), pgliteVersion: 'unknown' };
  }
}
/** The last rehearsal's database, kept to be emptied and reused by the next one (reuse.ts). */
let warmDb: (Booted & { baseline: string }) | null = null;

async function freshDatabase(): Promise<Booted & { baseline: string }> {
  const kept = warmDb;
  warmDb = null;
  if (kept) {
    const started = performance.now();
    if (await resetForReuse(kept.db, kept.baseline)) {
      const ms = performance.now() - started;
      return {
        ...kept,
        info: { source: 'datadir', ms, fallback: null, phases: [{ name: 'warm database emptied', ms }] },
      };
    }
    await kept.db.close();
  }
  const booted = await boot('datadir');
  return { ...booted, baseline: await globalsFingerprint(booted.db) };
}

async function handle(message: ToRehearsalWorker): Promise<FromRehearsalWorker> {
  if (message.type === 'boot') {
    const { db, info } = await boot(message.source);
    const v = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    await db.close();
    return { type: 'booted', boot: info, serverVersion: v.rows[0]?.v ?? '?' };
  }
  post({
    type: 'progress',
    progress: { phase: 'start', done: 0, total: 0, message: 'Starting PostgreSQL (PGlite)' },
  });
  const database = await freshDatabase();
  const result = await rehearse(database.db, message.input, {
    clock: () => performance.now(),
    pgliteVersion: database.pgliteVersion,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  warmDb = database;
  return { type: 'result', result, boot: database.info };
}

addEventListener('message', (event: MessageEvent<ToRehearsalWorker>) => {
  void handle(event.data)
    .catch((error: unknown): FromRehearsalWorker => ({
      type: 'error',
      message: isNetworkError(error)
        ? FIRST_RUN_OFFLINE_MESSAGE
        : `The rehearsal could not run: ${error instanceof Error ? error.message : String(error)}`,
    }))
    .then(post);
});
