import { expect, test, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { ExportCheckPage } from './pages/export-check-page';
import { RunPage } from './pages/run-page';

/**
 * A phone and half a laptop screen: no screen may push the page sideways. Wide tables scroll inside their
 * own box, long SQL lines inside their block, and the step bar wraps. Each of these widened the page once.
 */
const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));

async function expectNoSideways(page: Page, screen: string) {
  const { scroll, view } = await pageWidth(page);
  expect(scroll, `${screen}: the page is ${scroll} px wide in a ${view} px window`).toBeLessThanOrEqual(view);
}

for (const width of [390, 768]) {
  test(`every screen fits a ${width} px window`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 844 });
    const drafts = new DraftsPage(page);
    await drafts.goto();
    await drafts.createFromExample();
    const planUrl = page.url();
    await drafts.goto();
    await expect(drafts.table).toBeVisible();
    await expectNoSideways(page, 'plans');

    const nav = page.getByRole('navigation', { name: 'Plan steps' });
    // What each step draws widest, waited for so that the width is measured once it is there.
    const widest = {
      Assessment: page.getByRole('table', { name: 'Components' }),
      Strategy: page.getByRole('group', { name: 'Deployment strategy' }).getByRole('table'),
      Rollback: page.getByRole('table', { name: 'Rollback triggers' }),
      Execution: page.getByRole('table', { name: /^Integrity checks of / }).first(),
      Outputs: page.getByRole('button', { name: 'Download runbook (.md)' }),
    };
    for (const [step, content] of Object.entries(widest)) {
      await page.goto(planUrl);
      await nav.getByRole('link', { name: step }).click();
      await expect(nav.getByRole('link', { name: step })).toHaveAttribute('aria-current', 'step');
      await expect(page.getByRole('navigation', { name: 'Plan steps' })).toBeInViewport();
      // A phase's integrity checks table shows once the phase is opened.
      if (step === 'Execution')
        await page
          .getByRole('listitem', { name: /^Phase 1: / })
          .getByRole('button', { expanded: false })
          .first()
          .click();
      await expect(content).toBeVisible();
      await expectNoSideways(page, step);
    }

    const run = new RunPage(page);
    await run.open();
    await run.nameOperator('Tomas Novak');
    await run.start();
    await run.startPhase(1);
    await expectNoSideways(page, 'migration day, phase 1 running');
    await run.phase(1).getByRole('button', { name: 'Check from CSV exports…' }).first().click();
    const check = new ExportCheckPage(page);
    await check.pickSource('e2e/fixtures/export-check/source.csv');
    await check.pickTarget('e2e/fixtures/export-check/target.csv');
    await check.run();
    await expect(check.result).toBeVisible();
    await expectNoSideways(page, 'export check result');

    // On a small screen "Evaluate triggers" is far below where a fired trigger shows: it is brought into view.
    await run.enterMetrics({ 'Error rate (%)': '9', 'Error rate baseline (%)': '1' });
    const alarm = page.getByRole('alert').filter({ hasText: 'Roll back now' });
    await expect(alarm.getByRole('heading', { name: 'Roll back now' })).toBeInViewport();
    await expectNoSideways(page, 'roll back now');
  });
}
