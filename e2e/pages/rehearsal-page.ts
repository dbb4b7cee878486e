import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The Rollback step's rehearsal card and the evaluation panel beside it, by role and label. */
export class RehearsalPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: 'Rollback rehearsal', exact: true });
  }

  field(label: 'Current schema' | 'Forward migration' | 'Rollback script' | 'Synthetic rows per table') {
    return this.card.getByLabel(label, { exact: true });
  }

  async rehearse(input: { schema: string; rows: number }) {
    await this.field('Current schema').fill(input.schema);
    await this.field('Synthetic rows per table').fill(String(input.rows));
    await this.card.getByRole('button', { name: 'Rehearse' }).click();
  }

  /** The verdict heading of a finished rehearsal (this session) or of the recorded one (after a reload). */
  verdict(text: RegExp): Locator {
    return this.card.getByText(text);
  }

  statements(script: 'Forward migration' | 'Rollback script'): Locator {
    return this.card.getByRole('table', { name: `${script}, as run` });
  }

  statementRow(script: 'Forward migration' | 'Rollback script', line: number): Locator {
    return this.statementAt(this.statements(script), line);
  }

  get dataChecks(): Locator {
    return this.card.getByRole('table', { name: 'Data checks' });
  }

  get recordedNotes(): Locator {
    return this.card.getByLabel('Recorded rehearsal notes');
  }

  /** The panel's collapsed info findings ("Notes"). */
  get notes(): Locator {
    return this.panel.locator('details.finding-group').filter({ hasText: /^Notes/ });
  }

  /** The plan as the app exports it, from the Outputs step's "Download plan JSON". */
  async downloadPlan(): Promise<{ auditLog: Array<{ event: string; line: string }>; rollback: unknown }> {
    await this.openStep('Outputs');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download plan JSON' }).click(),
    ]);
    const path = await download.path();
    await expect.poll(() => path).toBeTruthy();
    return JSON.parse(await readFile(path, 'utf8')) as {
      auditLog: Array<{ event: string; line: string }>;
      rollback: unknown;
    };
  }
}
