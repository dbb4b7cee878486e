import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

test('create a draft, edit the title, reload: the title is still there', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.goto();
  await drafts.createBlank();
  await editor.setTitle('Move sessions to Redis 7');
  await editor.expectSaved();
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
    await editor.setTitle(title);
    await editor.expectSaved();
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
  await page.reload();
  await expect.poll(() => drafts.titles()).toEqual(['Copy of Second plan', 'Second plan']);
});

test('cancelling the delete dialog keeps the draft', async ({ page }) => {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await drafts.createBlank();
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete Untitled migration plan', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(drafts.row('Untitled migration plan')).toBeVisible();
});

test('open the built-in example', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.goto();
  await drafts.createFromExample();
  await expect(editor.title).toHaveText(/orders: int to bigint id on a 400M-row Postgres table/);
  await editor.openStep('Strategy');
  await expect(page.getByRole('radio', { name: 'Canary' })).toBeChecked();
  await editor.backToPlans();
  await expect(drafts.row(/orders: int to bigint/)).toContainText('Canary');
});
