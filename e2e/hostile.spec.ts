import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  benignPlan,
  FLAG,
  HOSTILE_LINE,
  hostilePlan,
  markdownStructure,
  mermaidBlocks,
} from './fixtures/hostile-plan';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage, STEP_LABELS } from './pages/editor-page';
import { OutputsPage } from './pages/outputs-page';

/** Everything that would mean a payload did something: a dialog, an error, a request elsewhere. */
type Incidents = { dialogs: string[]; errors: string[]; foreign: string[] };

function watch(context: BrowserContext, ownOrigin: string): Incidents {
  const seen: Incidents = { dialogs: [], errors: [], foreign: [] };
  const own = (url: string) =>
    url.startsWith(ownOrigin) ||
    url.startsWith('blob:') ||
    url.startsWith('data:') ||
    url.startsWith('file:');
  const onPage = (page: Page) => {
    page.on('dialog', (d) => {
      seen.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') seen.errors.push(m.text());
    });
    page.on('pageerror', (e) => seen.errors.push(e.message));
  };
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
  // `<img src=x>` resolves to our own origin, so a request for /x is counted as foreign too.
  context.on('request', (r) => {
    if (!own(r.url()) || new URL(r.url()).pathname === '/x') seen.foreign.push(r.url());
  });
  return seen;
}

/** Elements only injected markup would create, and whether any payload's script ran. */
async function expectInert(page: Page, where: string) {
  const found = await page.evaluate((flag) => {
    const bad = document.querySelectorAll(
      'script:not([src]), [onerror], [onload], [onclick], img[src="x"], a[href^="javascript" i], iframe, object, embed',
    );
    return {
      injected: [...bad].map((el) => el.outerHTML.slice(0, 120)),
      ran: (window as unknown as Record<string, unknown>)[flag] !== undefined,
    };
  }, FLAG);
  expect(found, where).toEqual({ injected: [], ran: false });
}

/** Bidirectional controls, which reorder text on screen: no export or diagram may hold one. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('hostile text in every field runs nowhere and changes no document structure', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const seen = watch(context, baseURL!);
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  const outputs = new OutputsPage(page);

  // The benign twin first: its Markdown is the structure the hostile exports must keep.
  await drafts.goto();
  await drafts.importPlan(benignPlan(), 'benign.json');
  await page.goto('/plans/benign-plan/outputs');
  const benignRunbook = await outputs.download('Download runbook (.md)');
  const benignAdr = await outputs.download('Download ADR (.md)');

  await drafts.goto();
  await drafts.importPlan(hostilePlan(), 'hostile.json');
  await expect(drafts.row(HOSTILE_LINE)).toBeVisible();
  await expectInert(page, 'drafts list');

  await page.getByRole('status').getByRole('link', { name: 'Open it' }).click();
  // The title is shown as text, exactly as typed.
  await expect(editor.title).toHaveText(HOSTILE_LINE);
  for (const label of STEP_LABELS) {
    await editor.openStep(label);
    await expectInert(page, `${label} step`);
  }

  for (const title of ['Phase flow', 'Timeline', 'Dependency graph'] as const) {
    await expect(outputs.diagramSvg(title)).toBeVisible({ timeout: 20_000 });
    await expect(outputs.diagram(title).getByRole('alert')).toHaveCount(0);
    // A click callback or href in a label would show up as a link in the drawn SVG.
    await expect(outputs.diagram(title).locator('svg a, svg foreignObject')).toHaveCount(0);
    // No label can be reordered on screen: its bidi controls are drawn as code points.
    const drawn = (await outputs.diagramSvg(title).textContent()) ?? '';
    expect(drawn).not.toMatch(BIDI_CONTROL);
    expect(drawn).toMatch(/‹U＋202E›|\(RLO\)/);
  }
  await expectInert(page, 'Outputs step with diagrams');

  const runbook = await outputs.download('Download runbook (.md)');
  const adr = await outputs.download('Download ADR (.md)');
  // The counter sees what unescaped payloads would add, so equal counts below mean something.
  expect(markdownStructure('# h\n[x](javascript:alert(1)) ![x](http://e/p.png) <img src=x>')).toMatchObject({
    headings: 1,
    links: 2,
    images: 1,
    html: 1,
  });
  expect(markdownStructure(benignRunbook.text).headings).toBeGreaterThan(5);
  expect(markdownStructure(runbook.text)).toEqual(markdownStructure(benignRunbook.text));
  expect(markdownStructure(adr.text)).toEqual(markdownStructure(benignAdr.text));
  const diagrams = mermaidBlocks(runbook.text);
  expect(diagrams.length).toBeGreaterThan(0);
  for (const source of diagrams) {
    expect(source).not.toMatch(/^\s*click\b/m);
    expect(source).not.toContain('%%{');
    // Tag names survive as text, but only behind look-alike brackets that no parser reads as a tag.
    expect(source).not.toMatch(/<(script|img|svg|a)\b/i);
  }

  const json = await outputs.download('Download plan JSON');
  expect((JSON.parse(json.text) as { title: string }).title).toBe(HOSTILE_LINE);
  const rollback = await outputs.download('Download rollback plan JSON');
  expect(() => JSON.parse(rollback.text) as unknown).not.toThrow();
  const review = await outputs.download('Download review document (.html)');
  for (const [name, file] of Object.entries({ runbook, adr, json, rollback, review }))
    expect(file.text, `${name} shows bidi controls as code points`).not.toMatch(BIDI_CONTROL);
  expect(runbook.text).toContain('RTL \\<U\\+202E\\>evil\\.exe\\<U\\+202C\\>');
  expect(review.text).toContain('RTL &lt;U+202E&gt;evil.exe&lt;U+202C&gt;');
  // Only real tags count (escaped text may say "onerror=" all it likes); the match alone is shown.
  const tag = /<(script|img|iframe|object|embed)\b|<[^>]+\son\w+=|href=["']?javascript:/i;
  expect(review.text.match(tag)?.[0] ?? null).toBeNull();

  // The share preview, opened from the Outputs step's own link.
  const shareUrl = await outputs.shareUrl();
  const share = await context.newPage();
  await share.goto(shareUrl);
  await expect(share.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_LINE);
  await expect(share.getByRole('heading', { name: 'Evaluation' })).toBeVisible();
  await expectInert(share, 'share preview');
  await share.close();

  // Migration day: the operator name is hostile in the file, and typed again here if asked.
  await page.goto('/plans/hostile-plan/run');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Migration day');
  const operator = page.getByLabel('Your name (recorded as the operator in the audit log)');
  if (await operator.isVisible()) {
    await operator.fill(HOSTILE_LINE);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expectInert(page, 'migration day');

  // The review document, opened as a file in Chromium with no network.
  const offline = await browser.newContext({ offline: true });
  const fileSeen = watch(offline, 'file://');
  const doc = await offline.newPage();
  await doc.goto(`file://${review.path}`);
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(
    HOSTILE_LINE.replace('\u202E', '<U+202E>').replace('\u202C', '<U+202C>'),
  );
  await expect(doc.locator('figure.diagram > svg')).toHaveCount(3);
  await expectInert(doc, 'review document');
  await offline.close();

  expect(fileSeen).toEqual({ dialogs: [], errors: [], foreign: [] });
  expect(seen).toEqual({ dialogs: [], errors: [], foreign: [] });
});

test('oversized, binary and wrong-kind files are refused by the import, the big one unread', async ({
  page,
  context,
  baseURL,
}) => {
  const seen = watch(context, baseURL!);
  // Counts reads of any file's contents: an oversized file must be refused on File.size alone.
  await page.addInitScript(() => {
    const w = window as unknown as { __reads: number };
    w.__reads = 0;
    for (const name of ['text', 'arrayBuffer', 'stream'] as const) {
      const original = Reflect.get(Blob.prototype, name) as (this: Blob) => unknown;
      Object.defineProperty(Blob.prototype, name, {
        value(this: Blob) {
          w.__reads += 1;
          return original.call(this);
        },
      });
    }
  });
  const drafts = new DraftsPage(page);
  await drafts.goto();
  const input = page.getByLabel('Import plan');
  const alert = page.getByRole('alert');
  const reads = () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);

  // A sparse file on disk: the browser gets its path, so 26 MB never cross the wire.
  const huge = test.info().outputPath('huge.json');
  await mkdir(dirname(huge), { recursive: true });
  await writeFile(huge, '');
  await truncate(huge, 26 * 1024 * 1024);
  await input.setInputFiles(huge);
  await expect(alert).toContainText(
    'huge.json was not imported. The file is 26.0 MB; plans larger than 25 MB',
  );
  expect(await reads()).toBe(0);

  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  await input.setInputFiles({ name: 'logo.json', mimeType: 'application/json', buffer: png });
  await expect(alert).toContainText('logo.json was not imported. This is a binary file');

  const other = JSON.stringify({ kind: 'dashboard', panels: [] });
  await input.setInputFiles({ name: 'dash.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(alert).toContainText('This JSON is not a migration plan: "kind" is "dashboard"');

  const deep = '['.repeat(100_000);
  await input.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(alert).toContainText('nests more than 64 levels deep at line 1, column 65');
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  expect(seen).toEqual({ dialogs: [], errors: [], foreign: [] });
});
