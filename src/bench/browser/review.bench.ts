/**
 * Review document benchmark (issue 20), not a test. On the Outputs step of a plan with one SQL statement
 * per phase it clicks "Download review document (.html)" and prints, per plan: the time from the click
 * to the download (median of RUNS), the longest main-thread task meanwhile, the file's size and how many
 * diagrams it carries drawn. Before each click the step is left to draw its own diagrams and go idle, so
 * their drawing is not charged to the export. Target: <= 5 s for 10,000 components and 500 phases.
 * Run: npm run build && npm run bench:review
 */
import { readFile } from 'node:fs/promises';
import { reviewScalePlan } from '../review-plans';
import type { Plan } from '../../domain';
import { evaluate } from '../../engine';
import { readinessSummary } from '../../state/readiness';
import { draftRecord } from './big-plan';
import { BASE, launch, ms, percentile, seedDrafts, settle, startPreview } from './harness';

const RUNS = Number(process.env.RUNS ?? 3);
const PLANS: Array<[number, number]> = [
  [240, 40],
  [10_000, 500],
];
const idOf = ([c, p]: [number, number]) => `review-${c}-${p}`;
const readinessOf = (plan: Plan, now: Date) => readinessSummary(evaluate(plan, { now }), now.getTime());

/** Two quiet periods in a row, at most 600 polls (a 10,000-component review is slow to draw). */
const SETTLED = { quiet: 2, maxPolls: 600, idleTimeoutMs: 1000, gapMs: 50 };

const preview = await startPreview();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const now = new Date(Date.UTC(2026, 10, 25));
  const records = [];
  for (const size of PLANS) {
    const plan = { ...reviewScalePlan(...size), id: idOf(size) };
    records.push(draftRecord(plan, '2026-10-01T00:00:00.000Z', readinessOf(plan, now)));
  }
  await seedDrafts(page, records);
  console.log('review bench: Outputs step, "Download review document (.html)"');
  for (const size of PLANS) {
    const times: number[] = [];
    const longest: number[] = [];
    let bytes = 0;
    let figures = 0;
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${BASE}/plans/${idOf(size)}/outputs`);
      const button = page.getByRole('button', { name: 'Download review document (.html)' });
      await button.waitFor({ timeout: 300_000 });
      // The step draws the first view of each diagram itself; wait for those, then for quiet.
      await page.getByRole('img', { name: 'Dependency graph' }).locator('svg').waitFor({ timeout: 300_000 });
      await settle(page, SETTLED);
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        button.click(),
      ]);
      const path = await download.path();
      times.push(Date.now() - t0);
      longest.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      const text = await readFile(path, 'utf8');
      bytes = text.length;
      figures = text.match(/<figure class="diagram"/g)?.length ?? 0;
    }
    const [c, p] = size;
    console.log(
      `  ${c.toLocaleString('en-US')} components, ${p} phases: click to download median ${ms(percentile(times, 50))} (runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s), longest task ${ms(Math.max(...longest))}, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${figures} diagram views drawn`,
    );
  }
  console.log('  target: <= 5 s for 10,000 components and 500 phases');
} finally {
  await browser.close();
  preview.kill();
}
