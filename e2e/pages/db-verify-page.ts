import { expect, type Locator, type Page } from '@playwright/test';

/** "Verify in the databases" inside a check of a running phase, driven by roles and labels. */
export class DbVerifyPage {
  constructor(
    readonly page: Page,
    readonly scope: Locator,
  ) {}

  /** Opens the panel from the check's own "Verify in the databases…" button. */
  static async open(page: Page, phase: Locator): Promise<DbVerifyPage> {
    await phase.getByRole('button', { name: 'Verify in the databases…' }).first().click();
    const panel = new DbVerifyPage(page, phase.getByRole('region', { name: 'Verify in the databases' }));
    await expect(panel.scope).toBeVisible();
    return panel;
  }

  async setUp(source: string, target: string, key = 'id') {
    const form = this.scope.getByRole('form', { name: 'What to verify' });
    await form.getByLabel('Source table').fill(source);
    await form.getByLabel('Target table').fill(target);
    await form.getByLabel('Key columns').fill(key);
    await form.getByRole('button', { name: 'Write the SQL' }).click();
  }

  /** The round to run next, e.g. "Round 2: checksum every chunk…". */
  get round(): Locator {
    return this.scope.getByRole('region', { name: /^Round \d+:/ });
  }

  sql(side: 'Source' | 'Target'): Promise<string> {
    return this.round.getByLabel(new RegExp(`^${side} SQL, round \\d+$`)).inputValue();
  }

  async paste(side: 'Source' | 'Target', output: string) {
    await this.round.getByLabel(new RegExp(`^${side} output`)).fill(output);
  }

  async compare() {
    await this.round.getByRole('button', { name: /^Compare round \d+$/ }).click();
  }

  get result(): Locator {
    return this.scope.getByRole('region', { name: 'Result so far' });
  }

  get mismatchingRanges(): Locator {
    return this.result.getByRole('table', { name: 'Mismatching ranges' });
  }

  get differingKeys(): Locator {
    return this.result.getByRole('table', { name: 'Differing keys' });
  }
}
