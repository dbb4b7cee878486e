import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

// The one spec where the service worker runs: it is what makes the app load without a network.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the app and its drafts load offline', async ({ page, context }) => {
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.gotoControlledByServiceWorker();
  await drafts.createBlank();
  await editor.saveTitle('Offline-safe plan');
  await editor.backToPlans();

  await context.setOffline(true);
  await page.reload();
  await expect(drafts.heading).toBeVisible();
  await expect(drafts.row('Offline-safe plan')).toBeVisible();
  await drafts.row('Offline-safe plan').getByRole('link').click();
  await expect(editor.title).toHaveText('Offline-safe plan');
  await editor.openStep('Strategy');
  // The example is precached as well, so a new plan from it works offline too.
  await page.goto('/');
  await drafts.createFromExample();
  await expect(editor.title).toHaveText(/orders: int to bigint/);
  // So are the templates.
  await editor.backToPlans();
  await drafts.createFromTemplate('Stateless service upgrade (rolling)');
  await expect(editor.title).toHaveText(/checkout-api: rolling upgrade/);
  await context.setOffline(false);
});

test('the web app manifest makes it installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    display: string;
    icons: Array<{ sizes: string; type: string }>;
  };
  expect(manifest.name).toBe('Migration Workbench');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const size of ['192', '512'])
    expect((await request.get(`/icon-${size}.png`)).headers()['content-type']).toBe('image/png');
});
