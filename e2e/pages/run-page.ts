import { expect, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** Migration day, driven by labels and roles. */
export class RunPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  /** A new draft from the example plan, its migration day open, the operator named. */
  async openOnExample(operator: string) {
    await RunPage.startNew(this.page, 'example');
    await this.open();
    await this.nameOperator(operator);
  }

  async open() {
    await this.stepNav.getByRole('link', { name: 'Migration day' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Migration day');
  }

  get status() {
    return this.page.getByRole('status', { name: 'Run status' });
  }

  async nameOperator(name: string) {
    await this.page.getByLabel('Your name (recorded as the operator in the audit log)').fill(name);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async start() {
    await this.page.getByRole('button', { name: 'Start migration' }).click();
    await expect(this.status).toContainText('Running');
  }

  phase(n: number) {
    return this.page.getByRole('listitem', { name: new RegExp(`^Phase ${n}: `) });
  }

  /** Starts phase n; before its planned start the screen asks first, and this confirms. */
  async startPhase(n: number) {
    await this.page.getByRole('button', { name: `Start phase ${n}`, exact: true }).click();
    const early = this.page.getByRole('dialog', { name: `Start phase ${n} early?` });
    const running = this.page.getByRole('listitem', { name: new RegExp(`^Phase ${n}: .*running$`) });
    await expect(early.or(running)).toBeVisible();
    if (await early.isVisible()) await early.getByRole('button', { name: `Start phase ${n} now` }).click();
    await expect(this.phase(n)).toHaveAccessibleName(/running$/);
  }

  /** "Roll back now": the latched halt of a fired trigger. */
  get alarm() {
    return this.page
      .getByRole('alert')
      .filter({ has: this.page.getByRole('heading', { name: 'Roll back now' }) });
  }

  get auditLines() {
    return this.page.getByRole('list', { name: 'Audit log lines' });
  }

  async recordRows(n: number, target: string, rows: number) {
    const form = this.phase(n).getByRole('form', { name: `Record check ${target} (row-count)` });
    await form.getByLabel('Actual rows').fill(String(rows));
    await form.getByRole('button', { name: 'Record' }).click();
  }

  async recordChecksum(n: number, target: string, matches: boolean) {
    const form = this.phase(n).getByRole('form', { name: `Record check ${target} (checksum)` });
    await form.getByLabel('Checksum matches').selectOption(matches ? 'yes' : 'no');
    await form.getByRole('button', { name: 'Record' }).click();
  }

  async recordReferential(n: number, target: string, passes: boolean) {
    const form = this.phase(n).getByRole('form', { name: `Record check ${target} (referential)` });
    await form.getByLabel('Referential integrity').selectOption(passes ? 'yes' : 'no');
    await form.getByRole('button', { name: 'Record' }).click();
  }

  async completePhase(n: number) {
    await this.page.getByRole('button', { name: `Complete phase ${n}` }).click();
    await expect(this.phase(n)).toHaveAccessibleName(/completed$/);
  }

  async enterMetrics(values: Record<string, string>) {
    const form = this.page.getByRole('form', { name: 'Current metrics' });
    for (const [label, value] of Object.entries(values))
      await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Evaluate triggers' }).click();
  }
}
