import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';

/**
 * Drag and drop is the other way a plan file comes in (issue 5). Playwright cannot drag a file from
 * the desktop, so the test builds the DataTransfer a real drop carries and dispatches the same events
 * the browser would: dragenter/dragover, then drop.
 */
async function dropFile(page: Page, target: Locator, name: string, text: string, type = 'application/json') {
  const transfer = await page.evaluateHandle(
    ([fileName, body, mime]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: mime }));
      return data;
    },
    [name, text, type] as const,
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

const example = () => readFile('public/examples/orders-bigint.json', 'utf8');

test('a plan file dropped on the drafts screen is imported through the load pipeline', async ({ page }) => {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  const zone = page.getByRole('region', { name: 'Import a plan' });
  const plan = JSON.parse(await example()) as { id: string; title: string };

  // While a file is held over the zone, it says so visually.
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(zone).toHaveCSS('background-color', 'rgb(238, 244, 251)');

  await dropFile(page, zone, 'orders.json', JSON.stringify({ ...plan, title: 'Dropped plan' }));
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported “Dropped plan”.');
  await expect(zone).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await status.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dropped plan');

  // Dropping the same plan again never overwrites the draft it came from: it becomes a new draft.
  await drafts.goto();
  await dropFile(
    page,
    page.getByRole('region', { name: 'Import a plan' }),
    'orders.json',
    JSON.stringify({ ...plan, title: 'Dropped again' }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'saved as a new draft; the existing one is unchanged',
  );
  await expect(drafts.row('Dropped plan')).toBeVisible();
  await expect(drafts.row('Dropped again')).toBeVisible();
});

test('a bad dropped file is refused with what is wrong and where, and nothing is stored', async ({
  page,
}) => {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  const zone = page.getByRole('region', { name: 'Import a plan' });
  const before = await drafts.titles();

  await dropFile(page, zone, 'cut.json', (await example()).slice(0, 400));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /cut\.json was not imported\. The file is not valid JSON at line \d+, column \d+/,
  );
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  await dropFile(page, zone, 'photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'image/png');
  await expect(page.getByRole('alert')).toContainText('photo.png was not imported.');
  await expect(page.getByRole('alert')).toContainText(/not a plan|binary|not text/i);

  await page.reload();
  await expect.poll(() => drafts.titles()).toEqual(before);
});

test('an import lists the keys it left out, with the key a misspelling likely meant', async ({ page }) => {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  const plan = JSON.parse(await example()) as Record<string, unknown> & {
    assessment: Record<string, unknown>;
  };
  const text = JSON.stringify({
    ...plan,
    titel: 'Orders, typed by hand',
    assessment: { ...plan.assessment, componnets: [] },
    reviewer: 'Ann',
  });
  await page.getByLabel('Import plan').setInputFiles({
    name: 'hand-written.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('3 keys in the file are not part of a plan and were left out:');
  await expect(status.getByRole('list', { name: 'Keys left out' }).getByRole('listitem')).toHaveText([
    'assessment.componnets (did you mean components?)',
    'titel (did you mean title?)',
    'reviewer',
  ]);
});
