import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

test.describe('without IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
  });

  test('the app works in memory, warns for good, and offers the export', async ({ page }) => {
    const drafts = new DraftsPage(page);
    const editor = new EditorPage(page);
    await drafts.goto();
    const warning = page.getByRole('alert').filter({ hasText: 'Drafts are not being saved.' });
    await expect(warning).toBeVisible();
    await drafts.createBlank();
    await editor.setTitle('Kept in this tab');
    await expect(warning).toBeVisible();
    await editor.backToPlans();
    await expect(drafts.row('Kept in this tab')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Export all drafts' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      kind: string;
      drafts: Array<{ plan: { title: string } }>;
    };
    expect(backup.kind).toBe('migration-workbench-backup');
    expect(backup.drafts.map((d) => d.plan.title)).toEqual(['Kept in this tab']);
  });
});

test.describe('storage that hangs', () => {
  const warning = (page: Page) => page.getByRole('alert').filter({ hasText: 'Drafts are not being saved.' });

  test('an IndexedDB open that never answers times out with a message, and New works in memory', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Requests that never fire, as a wedged browser storage process leaves them.
      IDBFactory.prototype.open = () => new EventTarget() as IDBOpenDBRequest;
    });
    const drafts = new DraftsPage(page);
    await drafts.goto();
    await expect(warning(page)).toContainText(
      "The browser's storage (IndexedDB) did not answer within 4 s.",
      { timeout: 10_000 },
    );
    await expect(page.getByText('Loading drafts…')).toHaveCount(0);
    await drafts.createBlank();
    await new EditorPage(page).setTitle('Typed while storage hung');
    await new EditorPage(page).backToPlans();
    await expect(drafts.row('Typed while storage hung')).toBeVisible();
  });

  test('a database held by a tab that ignores the upgrade request: that tab is named, and New works in memory', async ({
    context,
  }) => {
    // The holding tab never closes its connection when asked, as a build that ignores versionchange would.
    const holder = await context.newPage();
    await holder.addInitScript(() => {
      Object.defineProperty(IDBDatabase.prototype, 'onversionchange', {
        configurable: true,
        get: () => null,
        set: () => undefined,
      });
    });
    await new DraftsPage(holder).goto();
    await new DraftsPage(holder).createBlank();
    await new EditorPage(holder).saveTitle('Orders plan');

    // A newer build: it asks for the next database version, which needs every older connection closed.
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Replaced on the prototype and called with the factory as `this`, as the browser calls it.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        return open.call(this, name, version === undefined ? undefined : version + 10);
      };
    });
    const drafts = new DraftsPage(page);
    await drafts.goto();
    await expect(warning(page)).toContainText(
      'Another tab of Migration Workbench holds the drafts database open at an older version',
      { timeout: 10_000 },
    );
    await expect(warning(page)).toContainText(/It is held by the tab with “Orders plan”, opened at \d/);
    await drafts.createBlank();
    await new EditorPage(page).setTitle('Typed while another tab held storage');
  });
});

test('a save refused for quota keeps the edit, says so, and retries until it lands', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __quotaFull: boolean };
    w.__quotaFull = false;
    for (const method of ['put', 'add'] as const) {
      // Patched on the prototype, as IndexedDB itself would refuse: called with the store as `this`.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (w.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  const editor = await EditorPage.startNew(page, 'blank');
  await editor.expectSaved();
  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));
  await editor.setTitle('Typed while the disk was full');
  await expect(editor.saveStatus).toHaveText('Not saved');
  await expect(page.getByRole('alert').filter({ hasText: 'quota exceeded' })).toContainText(
    'Your edits are kept in this tab',
  );
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Typed while the disk was full');
  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = false));
  await expect(editor.saveStatus).toHaveText('Saved', { timeout: 10_000 });
  await page.reload();
  await expect(editor.title).toHaveText('Typed while the disk was full');
});

test('persistent storage is requested and the answer is shown', async ({ page }) => {
  await new DraftsPage(page).goto();
  await expect(page.locator('.storage-status')).toContainText(
    /Storage is (persistent|best-effort)|cannot promise persistent storage/,
  );
});

test('back up all drafts and restore them without overwriting newer ones', async ({ page }) => {
  const drafts = new DraftsPage(page);
  const editor = await EditorPage.startNew(page, 'blank');
  await editor.saveTitle('Orders plan');
  await editor.backToPlans();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all drafts' }).click(),
  ]);
  const file = await download.path();
  await drafts.rename('Orders plan', 'Orders plan, edited later');
  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Restored:' })).toContainText(
    '0 added, 0 already here, 1 kept beside a different local version',
  );
  await expect
    .poll(() => drafts.titles())
    .toEqual([
      expect.stringMatching(/^Orders plan \(restored \d{4}-\d{2}-\d{2}\)$/) as unknown as string,
      'Orders plan, edited later',
    ]);
});

test('drafts stored by the first database version open in this one with nothing lost', async ({ page }) => {
  const fixture = JSON.parse(readFileSync('src/persistence/fixtures/db-v1.json', 'utf8')) as {
    drafts: Array<{ id: string; title: string; revision: number }>;
  };
  // A page of this origin that does not start the app, so the database is written at v1 first.
  await page.goto('/icon.svg');
  await page.evaluate(async (records) => {
    await new Promise<void>((resolve, reject) => {
      // Dexie stores its version n as IndexedDB version 10n; v1 was one store with an updatedAt index.
      const open = indexedDB.open('migration-workbench', 10);
      open.onupgradeneeded = () =>
        open.result.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      open.onerror = () => reject(open.error ?? new Error('open failed'));
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        for (const record of records) tx.objectStore('drafts').put(record);
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      };
    });
  }, fixture.drafts);

  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.goto();
  await expect(drafts.count).toHaveText(`${fixture.drafts.length} drafts`);
  await expect.poll(() => drafts.titles()).toEqual(fixture.drafts.map((d) => d.title));
  await expect(drafts.row(/orders: int to bigint/)).toContainText('Ready');
  await drafts
    .row(/orders: int to bigint/)
    .getByRole('link')
    .click();
  await expect(editor.title).toHaveText(/orders: int to bigint/);
  await editor.saveTitle('Edited after the upgrade');
  await page.reload();
  await expect(editor.title).toHaveText('Edited after the upgrade');
});
