/**
 * Rollback rehearsal benchmark (issue 8), not a test. In one Chromium run it prints:
 * - cold start of PGlite in the rehearsal worker: from the shipped data directory vs a fresh initdb
 *   (target: at most 0.3x), each measured BENCH_ROUNDS times (3), alternating, with the time each
 *   step of a boot ended;
 * - the bytes the lazy rehearsal chunk fetches (worker, PGlite, data directory), raw and gzip;
 * - the rehearsal of a 20-table schema with 10,000 rows per table;
 * - the example plan's forward and rollback scripts, rehearsed and reconciled with the static
 *   analysis on a warm worker (one that has rehearsed once: PGlite compiled, data directory unzipped),
 *   BENCH_WARM_ROUNDS times (5), wall clock from the request to the result (target <= 1.5 s);
 *   `-- --only=warm` runs this part alone.
 * Run: npm run build && npm run bench:rehearsal
 */
import { loadPlanText } from '../../domain';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import type { BootInfo, BootSource, FromRehearsalWorker, ToRehearsalWorker } from '../../rehearsal/protocol';
import type { RehearsalInput } from '../../rehearsal/types';
import { BASE, launch, ms, percentile, startPreview } from './harness';

const workerFile = readdirSync('dist/assets').find((f) => /^rehearsal\.worker-.*\.js$/.test(f));
if (!workerFile) throw new Error('no rehearsal worker in dist/assets: run `npm run build` first');
const workerUrl = `/assets/${workerFile}`;

const TABLES = 20;
const ROWS = 10_000;
/** Boots of each kind after the first; initdb takes 10 s or more each. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const name = (i: number) => `t${String(i).padStart(2, '0')}`;

function bigInput(): RehearsalInput {
  const schema: string[] = [];
  const forward: string[] = ["SET lock_timeout = '5s';"];
  const rollback: string[] = [];
  for (let i = 1; i <= TABLES; i += 1) {
    const parent = i > 1 ? `, parent_id bigint NOT NULL REFERENCES ${name(i - 1)} (id)` : '';
    schema.push(
      `CREATE TABLE ${name(i)} (id bigint PRIMARY KEY${parent}, code varchar(40) NOT NULL UNIQUE, amount numeric(12, 2) NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now(), note text);`,
    );
    if (i > 1) schema.push(`CREATE INDEX ${name(i)}_parent_idx ON ${name(i)} (parent_id);`);
    forward.push(`ALTER TABLE ${name(i)} ADD COLUMN status text;`);
    forward.push(`CREATE INDEX ${name(i)}_created_idx ON ${name(i)} (created_at);`);
    if (i % 5 === 0) forward.push(`ALTER TABLE ${name(i)} ALTER COLUMN amount TYPE numeric(14, 2);`);
    if (i % 5 === 0) rollback.push(`ALTER TABLE ${name(i)} ALTER COLUMN amount TYPE numeric(12, 2);`);
    rollback.push(`DROP INDEX ${name(i)}_created_idx;`, `ALTER TABLE ${name(i)} DROP COLUMN status;`);
  }
  return {
    schemaSql: schema.join('\n'),
    forwardSql: forward.join('\n'),
    rollbackSql: rollback.join('\n'),
    rowsPerTable: ROWS,
  };
}

/** The example plan's scripts (public/examples/orders-bigint.json) on a small orders schema. */
function exampleInput(): RehearsalInput {
  const loaded = loadPlanText(readFileSync('public/examples/orders-bigint.json', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { plan } = loaded;
  return {
    schemaSql:
      'CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer NOT NULL, total numeric(12, 2) NOT NULL DEFAULT 0, note text, created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX orders_customer_idx ON orders (customer_id);',
    forwardSql: plan.assessment.schemaChange.forwardSql,
    rollbackSql: plan.rollback.procedures.rollbackSql,
    rowsPerTable: 1000,
  };
}
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS ?? 5);

/**
 * The example plan rehearsed in one worker, again and again: the first run warms it (PGlite
 * compiled, data directory unzipped), the next ones are what another rehearsal costs.
 */
async function warmBench(page: Page): Promise<void> {
  const request: ToRehearsalWorker = { type: 'start', input: exampleInput() };
  // No named functions in here: the page has no __name helper that tsx's keepNames would call.
  const warm = await page.evaluate(
    async ([url, req, rounds]) => {
      const worker = new Worker(url, { type: 'module' });
      const runs: { wall: number; reply: FromRehearsalWorker }[] = [];
      for (let i = 0; i <= rounds; i += 1) {
        runs.push(
          await new Promise<{ wall: number; reply: FromRehearsalWorker }>((resolve) => {
            const started = performance.now();
            worker.onmessage = (event: MessageEvent<FromRehearsalWorker>) => {
              if (event.data.type === 'progress') return;
              resolve({ wall: performance.now() - started, reply: event.data });
            };
            worker.postMessage(req);
          }),
        );
      }
      worker.terminate();
      return runs;
    },
    [workerUrl, request, WARM_ROUNDS] as const,
  );
  const [first, ...runs] = warm;
  const walls = runs.map((x) => x.wall);
  const last = runs.at(-1)?.reply;
  console.log("Example plan's forward and rollback scripts with reconciliation, warm worker:");
  console.log(`  first run in a new worker: ${ms(first?.wall ?? 0)}`);
  console.log(
    `  warm runs: ${walls.map(ms).join(', ')}; median ${ms(percentile(walls, 50))} (target <= 1.5 s)`,
  );
  if (last?.type === 'result') {
    const res = last.result;
    console.log(
      `  last run: boot ${ms(last.boot.ms)}, rehearsal ${ms(res.totalMs)}, verdict ${res.verdict}; forward ${res.forward.length} and rollback ${res.rollback.length} statements: ${res.forward.map((x) => x.reconciliation).join(', ')} | ${res.rollback.map((x) => x.reconciliation).join(', ')}`,
    );
  } else console.log(`  last run failed: ${JSON.stringify(last)}`);
}

const ONLY_WARM = process.argv.includes('--only=warm');

const preview = await startPreview();
const browser = await launch();
try {
  // No service worker: its precache would download the whole app and blur what the rehearsal fetches.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('heading', { name: 'Migration plans' }).waitFor();
  if (ONLY_WARM) {
    await warmBench(page);
    await context.close();
  } else {
    // Every response after the app's first load belongs to the lazy rehearsal chunk.
    const fetched = new Map<string, { raw: number; gzip: number }>();
    const record = async (response: Response) => {
      const url = new URL(response.url());
      if (fetched.has(url.pathname) || response.status() !== 200) return;
      // A body read by the worker as a Blob can come back empty here; the transfer size does not.
      const body = await response.body().catch(() => Buffer.alloc(0));
      const sizes = await response.request().sizes();
      const raw = Math.max(body.length, sizes.responseBodySize);
      // Already gzip (the data directory) or measured: gzip of what came, else the transfer size.
      const gzip = body.length > 0 ? gzipSync(body).length : raw;
      fetched.set(url.pathname, { raw, gzip });
    };
    const onResponse = (r: Response) => void record(r);
    context.on('response', onResponse);

    const message = (request: ToRehearsalWorker) =>
      page.evaluate(
        ([url, req]) =>
          new Promise<FromRehearsalWorker>((resolve) => {
            const worker = new Worker(url, { type: 'module' });
            worker.onmessage = (event: MessageEvent<FromRehearsalWorker>) => {
              if (event.data.type === 'progress') return;
              worker.terminate();
              resolve(event.data);
            };
            worker.postMessage(req);
          }),
        [workerUrl, request] as const,
      );
    const boot = async (source: BootSource) => {
      const reply = await message({ type: 'boot', source });
      if (reply.type !== 'booted') throw new Error(JSON.stringify(reply));
      if (reply.boot.fallback) throw new Error(`fell back to initdb: ${reply.boot.fallback}`);
      return reply.boot;
    };

    // The first boot downloads PGlite and the data directory: reported apart. After it both kinds of
    // boot find the same files in the HTTP cache; they alternate which goes first, medians compared.
    const first = await boot('datadir');
    // What a first rehearsal downloads: everything up to the first boot from the data directory.
    await page.waitForTimeout(500);
    const lazy = [...fetched.entries()].sort((a, b) => b[1].raw - a[1].raw);
    // Later boots read from the HTTP cache; measuring them only races the browser's shutdown.
    context.off('response', onResponse);
    const datadir: BootInfo[] = [];
    const initdb: BootInfo[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const order: BootSource[] = round % 2 === 0 ? ['initdb', 'datadir'] : ['datadir', 'initdb'];
      for (const source of order) (source === 'datadir' ? datadir : initdb).push(await boot(source));
    }

    const started = Date.now();
    const reply = await message({ type: 'start', input: bigInput() });
    const wall = Date.now() - started;
    if (reply.type !== 'result') throw new Error(JSON.stringify(reply));
    const r = reply.result;

    const times = (xs: BootInfo[]) => xs.map((b) => b.ms);
    const best = (xs: BootInfo[]) => Math.min(...times(xs));
    const median = (xs: BootInfo[]) => percentile(times(xs), 50);
    console.log('Cold start of PGlite in the rehearsal worker (Chromium):');
    console.log(`  first boot, with the download: ${ms(first.ms)}`);
    console.log(`  from the shipped data directory: ${times(datadir).map(ms).join(', ')}`);
    console.log(`  fresh initdb:                    ${times(initdb).map(ms).join(', ')}`);
    console.log(
      `  ratio: median ${(median(datadir) / median(initdb)).toFixed(2)}x, best of each ${(best(datadir) / best(initdb)).toFixed(2)}x (target <= 0.3x)`,
    );
    // Each step's end, median over the runs: where a boot spends its time.
    for (const [label, runs] of [
      ['data directory', datadir],
      ['initdb', initdb],
    ] as const) {
      console.log(`  ${label}, steps (ms since the boot started, median):`);
      const names = [...new Set(runs.flatMap((b) => (b.phases ?? []).map((p) => p.name)))];
      for (const phase of names) {
        const at = runs.flatMap((b) => (b.phases ?? []).filter((p) => p.name === phase).map((p) => p.ms));
        console.log(`    ${ms(percentile(at, 50)).padStart(10)}  ${phase}`);
      }
    }
    console.log('Lazy bytes fetched for a rehearsal (after the first load):');
    for (const [path, size] of lazy) {
      console.log(
        `  ${path}  ${(size.raw / 1024).toFixed(0)} KB raw, ${(size.gzip / 1024).toFixed(0)} KB gzip`,
      );
    }
    const sum = (k: 'raw' | 'gzip') => lazy.reduce((s, [, v]) => s + v[k], 0) / 1024 / 1024;
    console.log(`  total: ${sum('raw').toFixed(2)} MB raw, ${sum('gzip').toFixed(2)} MB gzip`);
    console.log(`Rehearsal, ${TABLES} tables x ${ROWS.toLocaleString('en-US')} rows: verdict ${r.verdict}`);
    console.log(`  boot ${ms(reply.boot.ms)}, rehearsal ${ms(r.totalMs)}, wall clock ${ms(wall)}`);
    const stmtMs = (xs: typeof r.forward) => xs.reduce((s, x) => s + x.ms, 0);
    console.log(`  forward: ${r.forward.length} statements, ${ms(stmtMs(r.forward))} in statements`);
    console.log(`  rollback: ${r.rollback.length} statements, ${ms(stmtMs(r.rollback))} in statements`);
    if (r.reasons.length > 0) console.log(`  reasons: ${r.reasons.join(' | ')}`);

    await warmBench(page);
    await context.close();
  }
} finally {
  await browser.close();
  preview.kill();
}
