import { expect, type Locator, type Page } from '@playwright/test';
import { DraftsPage } from './drafts-page';

export const STEP_LABELS = ['Assessment', 'Strategy', 'Rollback', 'Execution', 'Outputs'] as const;
export type StepLabel = (typeof STEP_LABELS)[number];

export type FindingGroup = 'Blockers' | 'Warnings' | 'Questions';

export class EditorPage {
  constructor(readonly page: Page) {}

  /**
   * From the plans list, a new plan (blank, or the bundled example) open on its Assessment step, as this
   * page model: `WizardPage.startNew(page, 'example')`.
   */
  static async startNew<T extends EditorPage>(
    this: new (page: Page) => T,
    page: Page,
    from: 'blank' | 'example',
  ): Promise<T> {
    const drafts = new DraftsPage(page);
    await drafts.goto();
    await (from === 'blank' ? drafts.createBlank() : drafts.createFromExample());
    return new this(page);
  }

  get stepNav() {
    return this.page.getByRole('navigation', { name: 'Plan steps' });
  }

  get title() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get saveStatus() {
    return this.page.locator('[data-save-status]');
  }

  async expectSaved() {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async openStep(label: StepLabel) {
    await this.stepNav.getByRole('link', { name: label }).click();
    await expect(this.currentStep()).toHaveText(new RegExp(label));
    // The address follows once the step is painted; a reload before that would reopen the old step.
    await expect(this.page).toHaveURL(new RegExp(`/${label.toLowerCase()}$`));
  }

  currentStep() {
    return this.stepNav.locator('a[aria-current="step"]');
  }

  async expandDetails() {
    const details = this.page.locator('details.plan-details');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
      await details.locator('summary').click();
  }

  async setTitle(title: string) {
    await this.expandDetails();
    await this.page.getByLabel('Title', { exact: true }).fill(title);
    await expect(this.title).toHaveText(title);
  }

  /** The evaluation panel beside every step. */
  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Evaluation' });
  }

  group(title: FindingGroup): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^${title}`) });
  }

  async ruleIds(title: FindingGroup): Promise<string[]> {
    return this.group(title).locator('.rule-id').allTextContents();
  }

  /** The row of a statements table that starts at `line` (its first cell is the line number). */
  protected statementAt(table: Locator, line: number): Locator {
    return table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) })
      .first();
  }

  /** Types the title and waits until the draft is saved with it. */
  async saveTitle(title: string) {
    await this.setTitle(title);
    await this.expectSaved();
  }

  async backToPlans() {
    await this.page.getByRole('link', { name: '← All plans' }).click();
    await expect(this.page).toHaveURL(/\/$/);
  }
}
