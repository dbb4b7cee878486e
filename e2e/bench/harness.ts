import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

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

/** Writes drafts straight into the app's IndexedDB store, as the app itself stores them. */
export async function seedDrafts(page: Page, records: unknown[]): Promise<void> {
  await page.goto(BASE);
  await page.getByRole('heading', { name: 'Migration plans' }).waitFor();
  await page.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('migration-workbench');
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('drafts', 'readwrite');
        const store = tx.objectStore('drafts');
        for (const row of rows) store.put(row);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
      };
    });
  }, records);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
