import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { partsOf, type DraftRecord } from '../../persistence/records';
import { BODIES_STORE, DB_NAME, SUMMARIES_STORE } from '../../persistence/schema-versions';

/**
 * Browser benchmarks (not tests): build is expected in dist/, a `vite preview` is started on its own
 * port, Chromium is launched the same way as in the Playwright config.
 */
// BENCH_PORT lets several checkouts on one machine bench side by side.
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4181);
export const BASE = `http://127.0.0.1:${BENCH_PORT}`;

export async function startPreview(): Promise<ChildProcess> {
  // Vite itself, not through npx: killing npx would leave the server holding the port.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(BENCH_PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      const res = await fetch(BASE);
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start (run `npm run build` first)');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

/**
 * Writes drafts straight into the app's IndexedDB, in the layout the app stores them (Dexie v2: the list
 * row in one store, the plan in another, split by the app's own `partsOf`), in one transaction.
 */
export async function seedDrafts(page: Page, records: DraftRecord[]): Promise<void> {
  await page.goto(BASE);
  // The heading shows once the app has opened, and so created or upgraded, its database.
  await page.getByRole('heading', { name: 'Migration plans' }).waitFor();
  const parts = records.map(partsOf);
  await page.evaluate(
    async ({ rows, stores, name }) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([stores.summaries, stores.bodies], 'readwrite');
          for (const { summary, body } of rows) {
            tx.objectStore(stores.summaries).put(summary);
            tx.objectStore(stores.bodies).put(body);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
        };
      });
    },
    { rows: parts, stores: { summaries: SUMMARIES_STORE, bodies: BODIES_STORE }, name: DB_NAME },
  );
}

/**
 * How a bench waits for the page to settle: `quiet` idle periods (over 40 ms each, asked for with
 * `idleTimeoutMs`) in a row, `gapMs` apart, giving up after `maxPolls`.
 */
export type SettleOptions = { quiet: number; maxPolls: number; idleTimeoutMs: number; gapMs: number };

/** Resolves once the page has had `quiet` long idle periods in a row: nothing left over is running. */
export async function settle(page: Page, options: SettleOptions): Promise<void> {
  await page.evaluate(async ({ quiet: wanted, maxPolls, idleTimeoutMs, gapMs }) => {
    let quiet = 0;
    for (let i = 0; i < maxPolls && quiet < wanted; i += 1) {
      const remaining = await new Promise<number>((r) =>
        requestIdleCallback((d) => r(d.timeRemaining()), { timeout: idleTimeoutMs }),
      );
      quiet = remaining > 40 ? quiet + 1 : 0;
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }, options);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
