import { expect, test, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';
import { ExportCheckPage } from './pages/export-check-page';
import { RunPage } from './pages/run-page';

/**
 * A phone and half a laptop screen: no screen may push the page sideways. Wide tables scroll inside their
 * own box, long SQL lines inside their block, and the step bar wraps. Each of these widened the page once.
 * Each screen is measured at both widths in one visit.
 */
const WIDTHS = [390, 768];

async function expectFits(page: Page, screen: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const scroll = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => resolve(document.documentElement.scrollWidth)),
        ),
    );
    expect(scroll, `${screen}: the page is ${scroll} px wide in a ${width} px window`).toBeLessThanOrEqual(
      width,
    );
  }
}

/** The plan's name is shown whole: wrapped, not cut off with an ellipsis ("orders: i…" on a phone). */
async function expectTitleWhole(page: Page, screen: string) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('zero downtime');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const cut = await h1.evaluate(
      (el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
    );
    expect(cut, `${screen}: the title is cut off in a ${width} px window`).toBe(false);
  }
}

test('every screen fits a 390 px and a 768 px window', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
  await EditorPage.startNew(page, 'example');
  const planUrl = page.url();
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await expect(drafts.table).toBeVisible();
  await expectFits(page, 'plans');

  // What each step draws widest, waited for so that the width is measured once it is there.
  const widest = {
    Assessment: page.getByRole('table', { name: 'Components' }),
    Strategy: page.getByRole('group', { name: 'Deployment strategy' }).getByRole('table'),
    Rollback: page.getByRole('table', { name: 'Rollback triggers' }),
    Execution: page.getByRole('table', { name: /^Integrity checks of / }).first(),
    Outputs: page.getByRole('button', { name: 'Download runbook (.md)' }),
  };
  const nav = page.getByRole('navigation', { name: 'Plan steps' });
  await page.goto(planUrl);
  for (const [step, content] of Object.entries(widest)) {
    await nav.getByRole('link', { name: step }).click();
    await expect(nav.getByRole('link', { name: step })).toHaveAttribute('aria-current', 'step');
    // A phase's integrity checks table shows once the phase is opened.
    if (step === 'Execution')
      await page
        .getByRole('listitem', { name: /^Phase 1: / })
        .getByRole('button', { expanded: false })
        .first()
        .click();
    await expect(content).toBeVisible();
    await expectFits(page, step);
    if (step === 'Assessment') await expectTitleWhole(page, step);
  }

  const run = new RunPage(page);
  await run.open();
  await expectTitleWhole(page, 'migration day');
  await run.nameOperator('Tomas Novak');
  await run.start();
  await run.startPhase(1);
  await expectFits(page, 'migration day, phase 1 running');
  await run.phase(1).getByRole('button', { name: 'Check from CSV exports…' }).first().click();
  const check = new ExportCheckPage(page);
  await check.pickSource('e2e/fixtures/export-check/source.csv');
  await check.pickTarget('e2e/fixtures/export-check/target.csv');
  await check.run();
  await expect(check.result).toBeVisible();
  await expectFits(page, 'export check result');
  // A read-only table wider than its box can be scrolled from the keyboard: the box takes focus.
  await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
  const files = check.result.getByRole('region', { name: 'Files read, scrolls sideways' });
  await files.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => files.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Its title sits above the box and wraps there, instead of a caption running off the box's edge.
  const title = check.result.getByText(/^Key differences on "id"/);
  const [titleBox, resultBox] = await Promise.all([title.boundingBox(), check.result.boundingBox()]);
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(resultBox!.x + resultBox!.width + 1);

  // On a phone "Evaluate triggers" is far below where a fired trigger shows: it is brought into view.
  await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
  await run.enterMetrics({ 'Error rate (%)': '9', 'Error rate baseline (%)': '1' });
  const alarm = page.getByRole('alert').filter({ hasText: 'Roll back now' });
  await expect(alarm.getByRole('heading', { name: 'Roll back now' })).toBeInViewport();
  await expectFits(page, 'roll back now');
});

test('a dialog opened from the drafts table fits a phone and wraps its text', async ({ page }) => {
  await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
  await EditorPage.startNew(page, 'example');
  await new DraftsPage(page).goto();
  await page.getByRole('button', { name: /^Delete orders: / }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'the dialog runs off a 390 px screen').toBeLessThanOrEqual(WIDTHS[0]!);
  // The table cell's nowrap no longer reaches the dialog's text.
  const body = dialog.getByText(/will be removed from this browser/);
  expect(await body.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Delete draft' })).toBeInViewport({ ratio: 1 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
