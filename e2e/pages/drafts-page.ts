import { expect, type Locator, type Page } from '@playwright/test';

/** The home screen, found by role and label as a person would. */
export class DraftsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /** The plans list once the service worker is active and controls the page: later loads work offline. */
  async gotoControlledByServiceWorker() {
    await this.goto();
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
  }

  get heading() {
    return this.page.getByRole('heading', { name: 'Migration plans' });
  }

  get table() {
    return this.page.getByRole('table');
  }

  row(title: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  /** "30 drafts", or "1 of 30 drafts match" while filtered. */
  get count() {
    return this.page.locator('.drafts-count');
  }

  get filter() {
    return this.page.getByRole('searchbox', { name: 'Filter drafts' });
  }

  get pager() {
    return this.page.getByRole('group', { name: 'Pages' });
  }

  sortButton(column: string) {
    return this.table.getByRole('columnheader', { name: column }).getByRole('button');
  }

  async titles(): Promise<string[]> {
    return this.table.locator('tbody tr .draft-title').allTextContents();
  }

  async createBlank() {
    await this.page.getByRole('button', { name: 'New blank plan' }).click();
    await expect(this.page).toHaveURL(/\/plans\/[^/]+\/assessment$/);
  }

  async createFromExample() {
    await this.page.getByRole('button', { name: 'New from example' }).click();
    await expect(this.page).toHaveURL(/\/plans\/[^/]+\/assessment$/);
  }

  /** "New from template", then the template by its name; its one-line description is read out with it. */
  async createFromTemplate(name: string, description?: string) {
    await this.page.getByRole('button', { name: 'New from template' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start from a template' });
    const choice = dialog.getByRole('button', { name, exact: true });
    if (description !== undefined) await expect(choice).toHaveAccessibleDescription(description);
    await choice.click();
    await expect(this.page).toHaveURL(/\/plans\/[^/]+\/assessment$/);
    await expect(dialog).toBeHidden();
  }

  async duplicate(title: string) {
    await this.page.getByRole('button', { name: `Duplicate ${title}`, exact: true }).click();
  }

  async delete(title: string) {
    await this.page.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this draft?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete draft' }).click();
  }

  /** Imports `plan` as the JSON file `name` and waits until the list says it was imported. */
  async importPlan(plan: object, name: string) {
    await this.page.getByLabel('Import plan').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
    await expect(this.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  }

  async rename(title: string, next: string) {
    await this.page.getByRole('button', { name: `Rename ${title}`, exact: true }).click();
    const input = this.page.getByLabel(`New title for ${title}`);
    await input.fill(next);
    await input.press('Enter');
  }
}
