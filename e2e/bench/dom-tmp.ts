import { bigPlan, draftRecord } from './big-plan';
import { BASE, launch, seedDrafts, startPreview } from './harness';
const url = process.argv[2] ?? '/plans/huge/assessment';
const preview = await startPreview();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await seedDrafts(page, [draftRecord(bigPlan('huge', 2000, 40), '2026-10-01T00:00:00.000Z')]);
  await page.goto(`${BASE}${url}`);
  await page.waitForTimeout(6000);
  console.log(await page.evaluate(() => {
    const out: string[] = [`total ${document.querySelectorAll('*').length}`];
    for (const pane of document.querySelectorAll('.step-pane')) {
      out.push(`${(pane as HTMLElement).dataset.step} ${pane.querySelectorAll('*').length}`);
      const counts = new Map<string, number>();
      for (const el of pane.querySelectorAll('section, ol, ul, table, details')) counts.set(`${el.tagName}.${el.className}#${el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') ?? ''}`, el.querySelectorAll('*').length);
      out.push(...[...counts].filter(([, n]) => n > 300).map(([k, n]) => `   ${n} ${k}`));
    }
    out.push(`evaluation ${document.querySelector('.evaluation')?.querySelectorAll('*').length}`);
    return out.join('\n');
  }));
} finally { await browser.close(); preview.kill(); }
