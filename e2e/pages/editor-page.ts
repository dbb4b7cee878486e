import { expect, type Page } from '@playwright/test';

export const STEP_LABELS = ['Assessment', 'Strategy', 'Rollback', 'Execution', 'Outputs'] as const;
export type StepLabel = (typeof STEP_LABELS)[number];

export class EditorPage {
  constructor(readonly page: Page) {}

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

  async backToPlans() {
    await this.page.getByRole('link', { name: '← All plans' }).click();
    await expect(this.page).toHaveURL(/\/$/);
  }
}
