import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

test('create a draft, edit the title, reload: the title is still there', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = await EditorPage.startNew(page, 'blank');
  await editor.saveTitle('Move sessions to Redis 7');
  await page.reload();
  await expect(editor.title).toHaveText('Move sessions to Redis 7');
  await editor.backToPlans();
  await expect(drafts.row('Move sessions to Redis 7')).toBeVisible();
  await expect(drafts.row('Move sessions to Redis 7')).toContainText('Not chosen');
});

test('drafts list newest first; rename, duplicate, delete with confirmation and undo', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.goto();
  for (const title of ['First plan', 'Second plan']) {
    await drafts.createBlank();
    await editor.saveTitle(title);
    await editor.backToPlans();
  }
  await expect.poll(() => drafts.titles()).toEqual(['Second plan', 'First plan']);

  await drafts.rename('First plan', 'First plan, renamed');
  await expect.poll(() => drafts.titles()).toEqual(['First plan, renamed', 'Second plan']);

  await drafts.duplicate('Second plan');
  await expect
    .poll(() => drafts.titles())
    .toEqual(['Copy of Second plan', 'First plan, renamed', 'Second plan']);

  await drafts.delete('Copy of Second plan');
  await expect.poll(() => drafts.titles()).toEqual(['First plan, renamed', 'Second plan']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => drafts.titles())
    .toEqual(['Copy of Second plan', 'First plan, renamed', 'Second plan']);

  await drafts.delete('First plan, renamed');
  // The undo banner appears once the delete is committed; reloading before that would race it.
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “First plan, renamed”.' })).toBeVisible();
  await page.reload();
  await expect.poll(() => drafts.titles()).toEqual(['Copy of Second plan', 'Second plan']);
});

test('cancelling the delete dialog keeps the draft', async ({ page }) => {
  await EditorPage.startNew(page, 'blank');
  const drafts = new DraftsPage(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete Untitled migration plan', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(drafts.row('Untitled migration plan')).toBeVisible();
});

test('open the built-in example', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = await EditorPage.startNew(page, 'example');
  await expect(editor.title).toHaveText(/orders: int to bigint id on a 400M-row Postgres table/);
  await editor.openStep('Strategy');
  await expect(page.getByRole('radio', { name: 'Canary' })).toBeChecked();
  await editor.backToPlans();
  await expect(drafts.row(/orders: int to bigint/)).toContainText('Canary');
});

/** A backup file of `n` copies of the example, restored through the app: the drafts arrive as a user's would. */
function bulkBackup(n: number): string {
  const example = JSON.parse(readFileSync('public/examples/orders-bigint.json', 'utf8')) as object;
  const drafts = Array.from({ length: n }, (_, i) => ({
    plan: {
      ...example,
      id: `bulk-${i}`,
      // The oldest draft sorts last by time but first by title descending: it starts on the last page.
      title: i === 0 ? 'Zebra rollout' : `Bulk plan ${String(i).padStart(2, '0')}`,
    },
    updatedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    revision: 1,
  }));
  return JSON.stringify({
    kind: 'migration-workbench-backup',
    formatVersion: 1,
    createdAt: '2026-11-25T08:00:00.000Z',
    drafts,
  });
}

test('many drafts: the total, one page at a time; sorting and filtering cover every draft, by keyboard', async ({
  page,
}) => {
  // Restoring 30 drafts and an axe scan on a busy two-core machine.
  test.setTimeout(60_000);
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'bulk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bulkBackup(30)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Restored:' })).toContainText('30 added');
  await expect(drafts.count).toHaveText('30 drafts');
  await expect(drafts.table.locator('tbody tr')).toHaveCount(25);
  await expect.poll(async () => (await drafts.titles())[0]).toBe('Bulk plan 29');
  await expect(drafts.pager).toContainText('1–25 of 30');
  // Readiness was worked out as each draft was stored, not left for the list to compute.
  await expect(drafts.row('Bulk plan 29')).not.toContainText('Not evaluated');

  await drafts.pager.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(drafts.pager).toContainText('26–30 of 30');
  await expect.poll(() => drafts.titles()).toContain('Zebra rollout');

  // Sorting is over all 30 drafts, and starts again from the first page.
  await drafts.sortButton('Title').focus();
  await page.keyboard.press('Enter');
  await expect(drafts.pager).toContainText('1–25 of 30');
  await expect.poll(async () => (await drafts.titles())[0]).toBe('Bulk plan 01');
  await page.keyboard.press('Enter');
  await expect(drafts.table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect.poll(async () => (await drafts.titles())[0]).toBe('Zebra rollout');

  const scan = await new AxeBuilder({ page }).analyze();
  expect(
    scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await drafts.filter.focus();
  await page.keyboard.type('plan 0');
  await expect(drafts.count).toHaveText('9 of 30 drafts match');
  await expect(drafts.table.locator('tbody tr')).toHaveCount(9);
  await drafts.filter.fill('no such draft');
  await expect(drafts.count).toHaveText('0 of 30 drafts match');
  await expect(page.getByText('No draft matches “no such draft”.')).toBeVisible();
  await drafts.filter.fill('');
  await expect(drafts.count).toHaveText('30 drafts');
});
