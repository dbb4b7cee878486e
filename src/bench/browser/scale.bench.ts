/**
 * Scale benchmark (issue 9), not a test. Prints:
 * - the drafts list with 1,001 drafts: time from navigation to the first page of the list on screen,
 *   median and p95 over several loads (target <= 500 ms);
 * - a plan with 2,000 components: time to open it on the Assessment step, in a new tab, reloaded and
 *   from the drafts list, to the painted frame that shows its components table (target <= 250 ms), and
 *   the verdict with its SQL facts (open-plan.ts); keystroke latency p95 on that step (target <= 100 ms);
 * - a plan with 10,000 components and 500 phases: the longest main-thread task per step, opening it and
 *   typing (target: none over 200 ms; see huge-plan.ts).
 * Drafts are seeded in the app's current IndexedDB layout, built by the app's own code: readinessSummary
 * of an evaluation (as a save stores it), recordFor and partsOf (see harness.ts).
 * Run: npm run build && npm run bench:scale
 */
import { execSync } from 'node:child_process';
import { evaluate } from '../../engine';
import type { Plan } from '../../domain';
import { readinessSummary } from '../../state/readiness';

const readinessOf = (plan: Plan, now: Date) => readinessSummary(evaluate(plan, { now }), now.getTime());
import { bigPlan, draftRecord } from './big-plan';
import { BASE, launch, ms, percentile, seedDrafts, startPreview } from './harness';
import { hugePlan, LONG_TASKS_INIT, measureHugePlan } from './huge-plan';
import { measureOpen, openStampsInit, SETTLE_MS } from './open-plan';

const DRAFTS = 1000;
const LIST_LOADS = 11;
const OPEN_LOADS = 9;

const preview = await startPreview();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const small = bigPlan('seed', 5, 4);
  const now = new Date(Date.UTC(2026, 10, 25));
  const smallReadiness = readinessOf(small, now);
  const records = Array.from({ length: DRAFTS }, (_, i) =>
    draftRecord(
      { ...small, id: `draft-${i}`, title: `Migration ${i}: ${small.title}` },
      new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      smallReadiness,
    ),
  );
  const huge = bigPlan('huge', 2000, 40);
  const huge10k = hugePlan();
  await seedDrafts(page, [
    ...records,
    draftRecord(huge, '2026-10-01T00:00:00.000Z', readinessOf(huge, now)),
    draftRecord(huge10k, '2026-09-01T00:00:00.000Z', readinessOf(huge10k, now)),
  ]);
  await page.addInitScript(LONG_TASKS_INIT);

  // Stamped in the page itself, on the frame after the first page of rows and the total are in the DOM:
  // no polling delay of the bench is counted. performance.now() counts from the navigation's start.
  await page.addInitScript(
    (expected) => {
      if (location.pathname !== '/') return;
      const w = window as unknown as { __listShown?: number };
      const observer = new MutationObserver(() => {
        const total = document.querySelector('.drafts-count')?.textContent ?? '';
        if (!total.startsWith(expected) || !document.querySelector('.drafts-table tbody tr')) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.__listShown = performance.now()));
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    },
    `${(DRAFTS + 2).toLocaleString('en-US')} drafts`,
  );

  const listTimes: number[] = [];
  let rowsShown = 0;
  for (let i = 0; i < LIST_LOADS; i += 1) {
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => (window as unknown as { __listShown?: number }).__listShown);
    listTimes.push(await page.evaluate(() => (window as unknown as { __listShown: number }).__listShown));
    rowsShown = await page.locator('.drafts-table tbody tr').count();
  }
  const firstTitle = await page.locator('.drafts-table tbody tr .draft-title').first().textContent();
  if (!firstTitle?.startsWith(`Migration ${DRAFTS - 1}:`))
    throw new Error(`the list does not start with the newest draft: ${firstTitle ?? 'nothing'}`);

  await page.addInitScript(openStampsInit, '/plans/huge/');
  const open = await measureOpen(page, BASE, huge, OPEN_LOADS);
  await page.goto(`${BASE}/plans/huge/assessment`);
  await page.locator('.evaluation .verdict:not(.verdict-pending)').waitFor();

  const field = page.getByLabel('Rows in component-0');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number | null };
    w.__lat = [];
    w.__t0 = null;
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      const t0 = w.__t0;
      if (t0 === null) return;
      w.__t0 = null;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    }).observe(document.querySelector('.evaluation')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  for (let round = 0; round < 3; round += 1) {
    await field.fill('1');
    await page.waitForTimeout(200);
    for (const d of '2345678') {
      await field.press(d);
      await page.waitForTimeout(80);
    }
  }
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  // Other work on the machine slows every figure here: the load says how much.
  console.log(
    `scale bench (${execSync('uptime')
      .toString()
      .trim()
      .replace(/^.*load/, 'load')})`,
  );
  console.log(
    `  drafts list, ${(DRAFTS + 2).toLocaleString('en-US')} drafts: navigation to first page rendered (${rowsShown} rows + total), n=${listTimes.length}, median ${ms(percentile(listTimes, 50))}, p95 ${ms(percentile(listTimes, 95))}, max ${ms(Math.max(...listTimes))} (target <= 500 ms)`,
  );
  const figure = (label: string, values: number[]) =>
    `    ${label}: n=${values.length}, median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
  console.log(
    `  plan with 2,000 components and 40 phases, opened on Assessment (to the frame painting the components table's first row; target <= 250 ms):`,
  );
  console.log(figure('in a new tab (navigation from about:blank)', open.fresh));
  console.log(figure('reloaded (navigation from the same plan, its teardown included)', open.reload));
  console.log(figure('from the drafts list (click on its title)', open.fromList));
  console.log(
    `    each from a page left ${SETTLE_MS / 1000} s after its verdict; for comparison, not a target:`,
  );
  console.log(figure('reloaded right after its verdict, its page still busy', open.reloadBusy));
  console.log(figure('verdict with its SQL facts painted, in a new tab', open.verdict));
  console.log(
    `  keystroke -> findings panel on that step: n=${lat.length}, p50 ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))} (target p95 <= 100 ms)`,
  );
  await measureHugePlan(page);
} finally {
  await browser.close();
  preview.kill();
}
