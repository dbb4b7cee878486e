import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { OutputsPage } from './pages/outputs-page';

test('a share link opens in a fresh browser and saves as a new draft there', async ({ page, browser }) => {
  const editor = await EditorPage.startNew(page, 'example');
  await editor.openStep('Outputs');
  const outputs = new OutputsPage(page);
  const url = await outputs.shareUrl();
  await expect(page.getByText(/Link length: [\d,]+ characters/)).toBeVisible();
  expect(url.length).toBeLessThan(4_000);

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(/orders: int to bigint id/);
  await expect(fresh.getByText('A shared plan, read-only.')).toBeVisible();
  await expect(fresh.getByRole('heading', { name: 'Evaluation' })).toBeVisible();
  const phases = fresh.getByRole('region', { name: 'Phases' });
  await expect(phases.getByText('Contract: drop the old int column (after soak)')).toBeVisible();
  await expect(phases).toContainText('(expand, 1 integrity check)');
  await expect(phases).toContainText('(migrate, 2 integrity checks)');
  await fresh.getByRole('button', { name: 'Save as a new draft' }).click();
  // The verdict is a status too (it says "checking SQL…" until the SQL facts are in): read the save's banner.
  await expect(fresh.getByRole('status').filter({ hasText: 'Saved as a draft.' })).toBeVisible();
  await fresh.getByRole('link', { name: /^Open “orders/ }).click();
  await expect(new EditorPage(fresh).title).toHaveText(/orders: int to bigint id/);
  await context.close();
});

test('a damaged share link says so instead of showing a blank page', async ({ page }) => {
  await page.goto('/share#p1.AAAA-not-a-plan');
  await expect(page.getByRole('heading', { name: 'This share link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('damaged');
});
