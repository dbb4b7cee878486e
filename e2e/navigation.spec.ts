import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage, STEP_LABELS } from './pages/editor-page';

test('a deep link to a step survives a reload', async ({ page }) => {
  const editor = await EditorPage.startNew(page, 'blank');
  await editor.openStep('Rollback');
  // The address follows the step once the step is painted.
  await expect(page).toHaveURL(/\/rollback$/);
  const url = page.url();
  await page.reload();
  await expect(editor.currentStep()).toHaveText(/Rollback/);
  await expect(page.getByRole('group', { name: 'Point of no return' })).toBeVisible();

  // Opening the same URL in a fresh page lands on the same draft and step.
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(new EditorPage(other).currentStep()).toHaveText(/Rollback/);
});

test('every step is reachable by keyboard alone', async ({ page }) => {
  const editor = await EditorPage.startNew(page, 'blank');
  await editor.stepNav.getByRole('link', { name: 'Assessment' }).focus();
  for (const label of STEP_LABELS.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(new RegExp(label));
    await page.keyboard.press('Enter');
    await expect(editor.currentStep()).toHaveText(new RegExp(label));
  }
  // Alt+PageUp / Alt+PageDown move between steps from inside a form.
  await page.getByRole('button', { name: 'Download plan JSON' }).focus();
  await page.keyboard.press('Alt+PageUp');
  await expect(editor.currentStep()).toHaveText(/Execution/);
  await page.keyboard.press('Alt+PageDown');
  await expect(editor.currentStep()).toHaveText(/Outputs/);
});

test('an unknown address says so and links home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your plans' }).click();
  await expect(new DraftsPage(page).heading).toBeVisible();
});

test('Back and Forward walk the steps in the order they were opened, even after quick clicks', async ({
  page,
}) => {
  const editor = await EditorPage.startNew(page, 'blank');
  // Three clicks without waiting in between: each step still gets its own history entry.
  for (const label of ['Strategy', 'Rollback', 'Execution'] as const)
    await editor.stepNav.getByRole('link', { name: label }).click();
  await expect(editor.currentStep()).toHaveText(/Execution/);
  await expect(page).toHaveURL(/\/execution$/);
  await page.goBack();
  await expect(editor.currentStep()).toHaveText(/Rollback/);
  await expect(page).toHaveURL(/\/rollback$/);
  await page.goBack();
  await expect(editor.currentStep()).toHaveText(/Strategy/);
  await page.goForward();
  await expect(editor.currentStep()).toHaveText(/Rollback/);
  await expect(page).toHaveURL(/\/rollback$/);
});

test('a step whose code cannot be fetched says so, and the other steps still work', async ({ page }) => {
  const editor = await EditorPage.startNew(page, 'blank');
  const url = page.url().replace(/\/assessment$/, '/strategy');
  // Each step after Assessment is a chunk of its own, fetched on demand (app/step-chunks.ts).
  await page.route(/\/assets\/strategy-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(url);
  await expect(page.getByRole('alert')).toContainText('Could not load the Strategy step: ');
  await expect(page.getByRole('alert')).toContainText('Reload the page to try again.');
  await editor.openStep('Rollback');
  await expect(page.getByRole('group', { name: 'Point of no return' })).toBeVisible();
});
