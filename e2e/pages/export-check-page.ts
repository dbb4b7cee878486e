import { expect, type Locator, type Page } from '@playwright/test';

type FileInput = Parameters<Locator['setInputFiles']>[0];

/** A CSV export made in the test, as a file the person picks. */
export const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

/** The "Integrity check on exported data" panel, found by role and label as a person would. */
export class ExportCheckPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Integrity check on exported data' });
  }

  get progress(): Locator {
    return this.panel.getByRole('progressbar', { name: 'Check progress' });
  }

  get result(): Locator {
    return this.panel.getByRole('region', { name: /^Result:/ });
  }

  async pickSource(files: FileInput) {
    await this.panel.getByLabel('Source export', { exact: true }).setInputFiles(files);
  }

  async pickTarget(files: FileInput) {
    await this.panel.getByLabel('Target export', { exact: true }).setInputFiles(files);
  }

  /** Drops a file made in the page onto an export's slot, as a file dragged from the desktop. */
  async drop(slot: 'Source export' | 'Target export', name: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: 'text/csv' }));
        return dt;
      },
      [name, text] as const,
    );
    const zone = this.panel.getByLabel(slot, { exact: true }).locator('xpath=..');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** The name of the file the input of an export shows, as the person sees it beside "Choose file". */
  shownFile(slot: 'Source export' | 'Target export'): Promise<string | null> {
    return this.panel
      .getByLabel(slot, { exact: true })
      .evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? null);
  }

  async chooseKey(column: string) {
    await this.panel.getByLabel('Key column', { exact: true }).selectOption(column);
  }

  async chooseMode(mode: 'Normalised values' | 'Raw bytes (faster)') {
    await this.panel.getByRole('radio', { name: new RegExp(`^${mode.replace(/[()]/g, '\\$&')}`) }).check();
  }

  async addReferential(child: FileInput, childColumn: string, parent: FileInput, parentColumn: string) {
    await this.panel.getByRole('checkbox', { name: /Also check referential integrity/ }).check();
    await this.panel.getByLabel('Child export', { exact: true }).setInputFiles(child);
    await this.panel
      .getByLabel('Foreign-key column in the child export', { exact: true })
      .selectOption(childColumn);
    await this.panel.getByLabel('Parent export', { exact: true }).setInputFiles(parent);
    await this.panel
      .getByLabel('Key column in the parent export', { exact: true })
      .selectOption(parentColumn);
  }

  get runButton(): Locator {
    return this.panel.getByRole('button', { name: 'Run the check' });
  }

  async run() {
    await this.runButton.click();
  }

  /** Count cell of a finding row ("Missing in target", "Changed", ...) in the result tables. */
  count(finding: string): Locator {
    return this.result
      .getByRole('row', { name: new RegExp(`^${finding}`) })
      .getByRole('cell')
      .first();
  }

  async expectCount(finding: string, count: number) {
    await expect(this.count(finding)).toHaveText(String(count));
  }

  /** A finding row's count and, when given, its "First keys" cell. */
  async expectFinding(finding: string, count: number, firstKeys?: string) {
    await this.expectCount(finding, count);
    if (firstKeys !== undefined) await expect(this.samples(finding)).toHaveText(firstKeys);
  }

  /** The "First keys" cell of a finding row. */
  samples(finding: string): Locator {
    return this.result
      .getByRole('row', { name: new RegExp(`^${finding}`) })
      .getByRole('cell')
      .nth(1);
  }

  /** The value beside a fact in the result's summary list ("Checksum match", ...). */
  fact(label: string): Locator {
    return this.result.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }
}
