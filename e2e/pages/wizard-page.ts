import { expect, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** A component as a person enters it; what is left out stays as the new row has it (migrating, no team, stateless, 0). */
export type ComponentInput = {
  name: string;
  kind: string;
  role?: 'migrating' | 'consumer' | 'target';
  team?: string;
  stateful?: boolean;
  /** As a person types it: 120000000 or "120M"; sizes as "220" or "1 KiB". */
  rows?: number | string;
  avgRowBytes?: number | string;
};

/** The planning wizard's steps, driven by labels and roles as a person would. */
export class WizardPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  /** From the plans list, a new blank plan, open on its first step and saved. */
  static async onNewBlankPlan(page: Page): Promise<WizardPage> {
    const wizard = await WizardPage.startNew(page, 'blank');
    await wizard.expectSaved();
    return wizard;
  }

  get verdict() {
    return this.panel.getByRole('status');
  }

  // Assessment
  async tickScope(...kinds: string[]) {
    for (const kind of kinds) await this.page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).check();
  }

  async setDowntime(label: string) {
    await this.page.getByLabel('Acceptable downtime').selectOption({ label });
  }

  get componentsTable() {
    return this.page.getByRole('table', { name: 'Components' });
  }

  async addComponent(c: ComponentInput) {
    await this.page.getByRole('button', { name: 'Add component' }).click();
    const row = this.componentsTable.locator('tbody tr').last();
    await row.getByLabel(/^Name of /).fill(c.name);
    await row.getByLabel(/^Kind of /).selectOption(c.kind);
    await row.getByLabel(/^Role of /).selectOption(c.role ?? 'migrating');
    if (c.team !== undefined) await row.getByLabel(/^Owner team of /).fill(c.team);
    if (c.stateful) await row.getByLabel(/ is stateful$/).check();
    if (c.rows !== undefined) await row.getByLabel(/^Rows in /).fill(String(c.rows));
    if (c.avgRowBytes !== undefined)
      await row.getByLabel(/^Average row bytes in /).fill(String(c.avgRowBytes));
    await expect(row.getByLabel(/^Name of /)).toHaveValue(c.name);
  }

  /** The assessment's basics as a person fills them in: what changes, the downtime, then each component. */
  async assess(input: { scope: string[]; downtime: string; components: ComponentInput[] }) {
    await this.tickScope(...input.scope);
    await this.setDowntime(input.downtime);
    for (const c of input.components) await this.addComponent(c);
  }

  /** How the work rolls out: "Can traffic be split by percentage?" and the piece-by-piece question. */
  async setTrafficSplit(answer: 'Yes' | 'No' | 'Not known yet') {
    await this.page.getByLabel('Can traffic be split by percentage?').selectOption({ label: answer });
  }

  /** A migrating datastore's row in "How the data moves". */
  async setDataMove(name: string, goesTo: string, reachedBy?: string) {
    await this.page.getByLabel(`Where the data of ${name} goes`).selectOption({ label: goesTo });
    if (reachedBy)
      await this.page
        .getByLabel(`How changes to ${name} reach the target`)
        .selectOption({ label: reachedBy });
  }

  /** Each end is picked from its combobox's list: typed in part, then chosen among the matches. */
  async addDependency(from: string, to: string) {
    for (const [label, name] of [
      ['Component', from],
      ['is consumed by', to],
    ] as const) {
      await this.page.getByRole('combobox', { name: label, exact: true }).fill(name.slice(0, -1));
      await this.page.getByRole('option', { name, exact: true }).click();
      await expect(this.page.getByRole('combobox', { name: label, exact: true })).toHaveValue(name);
    }
    await this.page.getByRole('button', { name: 'Add dependency' }).click();
  }

  // Rollback
  async recordRollbackTest(input: { environment: string; date: string; result: 'Passed' | 'Failed' }) {
    const form = this.page.getByRole('form', { name: 'Record a rollback test' });
    await form.getByLabel('Kind').selectOption({ label: 'Staging' });
    await form.getByLabel('Environment').fill(input.environment);
    await form.getByLabel('Date').fill(input.date);
    await form.getByLabel('Result').selectOption({ label: input.result });
    await form.getByLabel('Tested with production-like data').check();
    await form.getByRole('button', { name: 'Record test' }).click();
  }

  // Execution
  async tickChecklist(label: string) {
    await this.page.getByRole('checkbox', { name: label }).check();
  }
}
