/**
 * Wizard latency benchmark (issue 4), not a test. Prints:
 * - keystroke to updated findings panel, p50/p95 (target p95 <= 50 ms), on a plan of 200 components
 *   and 40 phases, typing into a field every keystroke of which changes the engine's estimate;
 * - time to switch steps (target <= 100 ms).
 * Run: npm run build && npm run bench:wizard
 */
import { bigPlan, draftRecord } from './big-plan';
import { BASE, launch, ms, percentile, seedDrafts, startPreview } from './harness';

const preview = await startPreview();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const plan = bigPlan('bench-200', 200, 40);
  await seedDrafts(page, [draftRecord(plan, '2026-11-25T00:00:00.000Z')]);
  await page.goto(`${BASE}/plans/bench-200/assessment`);
  const field = page.getByLabel('Rows in component-0');
  await field.waitFor();
  await field.fill('1');

  // In the page: time from keydown to the panel's next DOM change plus the frame that paints it.
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number | null };
    w.__lat = [];
    w.__t0 = null;
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    const panel = document.querySelector('.evaluation');
    if (!panel) throw new Error('no evaluation panel');
    new MutationObserver(() => {
      const t0 = w.__t0;
      if (t0 === null) return;
      w.__t0 = null;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    }).observe(panel, { subtree: true, childList: true, characterData: true });
  });
  const digits = '23456789012345678';
  for (let round = 0; round < 3; round += 1) {
    await field.fill('1');
    await page.waitForTimeout(200);
    for (const d of digits.slice(0, 8)) {
      await field.press(d);
      await page.waitForTimeout(60);
    }
  }
  const latencies = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);

  const steps = ['Strategy', 'Rollback', 'Execution', 'Outputs', 'Assessment'];
  const switches: number[] = [];
  const byStep = new Map<string, number[]>();
  for (let round = 0; round < 3; round += 1) {
    for (const step of steps) {
      const t = await page.evaluate(async (label) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Plan steps"] a')].find(
          (a) => a.textContent?.includes(label),
        );
        if (!link) throw new Error(`no link ${label}`);
        const t0 = performance.now();
        link.click();
        for (let i = 0; i < 500; i += 1) {
          if (link.getAttribute('aria-current') === 'step' && document.querySelector('.editor-main .stack'))
            break;
          await new Promise((r) => setTimeout(r, 0));
        }
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        return performance.now() - t0;
      }, step);
      switches.push(t);
      byStep.set(step, [...(byStep.get(step) ?? []), t]);
    }
  }
  console.log('wizard bench: plan with 200 components and 40 phases');
  console.log(
    `  keystroke -> findings panel updated: n=${latencies.length}, p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))} (target p95 <= 50 ms)`,
  );
  console.log(
    `  switch step, median by target step: ${[...byStep].map(([k, v]) => `${k} ${ms(percentile(v, 50))}`).join(', ')}`,
  );
  console.log(
    `  switch step: n=${switches.length}, p50 ${ms(percentile(switches, 50))}, p95 ${ms(percentile(switches, 95))}, max ${ms(Math.max(...switches))} (target <= 100 ms)`,
  );
} finally {
  await browser.close();
  preview.kill();
}
