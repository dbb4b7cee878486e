import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The Assessment step's "Migration SQL" card and the evaluation panel beside it. */
export class SqlReviewPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: 'Migration SQL' });
  }

  get script(): Locator {
    return this.card.getByLabel('Forward migration SQL');
  }

  get statements(): Locator {
    return this.card.getByRole('table', { name: 'Statements of the forward migration' });
  }

  async tickSchemaScope() {
    await this.page.getByRole('checkbox', { name: /^Schema/ }).check();
    await expect(this.card).toBeVisible();
  }

  async addTable(name: string, rows: number) {
    await this.page.getByRole('button', { name: 'Add component' }).click();
    const row = this.page.getByRole('table', { name: 'Components' }).locator('tbody tr').last();
    await row.getByLabel(/^Name of /).fill(name);
    await row.getByLabel(/^Kind of /).selectOption('table');
    await row.getByLabel(/^Rows in /).fill(String(rows));
    await expect(row.getByLabel(/^Name of /)).toHaveValue(name);
  }

  async paste(sql: string) {
    await this.script.fill(sql);
    // Blur commits at once instead of waiting for the typing pause.
    await this.script.blur();
  }

  /** The statement row that starts at `line` (its first cell is the line number). */
  statementRow(line: number): Locator {
    return this.statementAt(this.statements, line);
  }

  async expectAnalysed() {
    await expect(this.card.getByRole('status').filter({ hasText: 'Analysis up to date.' })).toBeVisible();
  }

  async parserLoadMs(): Promise<number | null> {
    const text = await this.card.getByText(/Parser loaded in \d+ ms/).textContent();
    const match = /(\d+) ms/.exec(text ?? '');
    return match?.[1] ? Number(match[1]) : null;
  }

  get proposal(): Locator {
    return this.card.getByRole('region', { name: 'Proposed phases for review' });
  }

  async proposePhases() {
    await this.card.getByRole('button', { name: 'Propose phases' }).click();
    await expect(this.proposal).toBeVisible();
  }

  async applyToPlan() {
    await this.proposal.getByRole('button', { name: 'Apply to plan' }).click();
    await expect(this.card.getByRole('status').filter({ hasText: /^Applied \d+ phase/ })).toBeVisible();
  }
}
