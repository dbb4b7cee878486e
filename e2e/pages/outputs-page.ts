import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export type Downloaded = { fileName: string; path: string; bytes: Buffer; text: string };

/** The Outputs step: documents, diagrams, share link and plan diff, found by role and label. */
export class OutputsPage {
  constructor(readonly page: Page) {}

  diagram(title: 'Phase flow' | 'Timeline' | 'Dependency graph'): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** The drawn SVG of a diagram (the role="img" wrapper holds Mermaid's output). */
  diagramSvg(title: 'Phase flow' | 'Timeline' | 'Dependency graph'): Locator {
    return this.diagram(title).getByRole('img', { name: title }).locator('svg').first();
  }

  async download(buttonName: string | RegExp): Promise<Downloaded> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    // Saved under its suggested name, so the browser can tell the review document is HTML.
    const path = join(await mkdtemp(join(tmpdir(), 'outputs-')), download.suggestedFilename());
    await download.saveAs(path);
    const bytes = await readFile(path);
    return { fileName: download.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
  }

  get shareLink(): Locator {
    return this.page.getByRole('textbox', { name: 'Share link' });
  }

  async shareUrl(): Promise<string> {
    await expect(this.shareLink).toHaveValue(/\/share#p2\./);
    return this.shareLink.inputValue();
  }

  async compareWithFile(name: string, json: string) {
    await this.page
      .getByLabel('Compare with a plan file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
  }
}
