import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';
import { OutputsPage } from './pages/outputs-page';

type PlanJson = {
  id: string;
  title: string;
  createdAt: string;
  execution: { phases: Array<{ name: string }>; checklist: Array<{ label: string }> };
  rollback: { triggers: Array<{ description: string }> };
};
const example = JSON.parse(await readFile('public/examples/orders-bigint.json', 'utf8')) as PlanJson;

async function openExampleOutputs(page: Page) {
  const editor = await EditorPage.startNew(page, 'example');
  await editor.openStep('Outputs');
  return { drafts: new DraftsPage(page), editor, outputs: new OutputsPage(page) };
}

test('Mermaid draws the three diagrams of the example plan; each downloads as SVG and PNG', async ({
  page,
}) => {
  const { outputs } = await openExampleOutputs(page);
  for (const title of ['Phase flow', 'Timeline', 'Dependency graph'] as const) {
    await expect(outputs.diagramSvg(title)).toBeVisible({ timeout: 20_000 });
    await expect(outputs.diagram(title).getByRole('alert')).toHaveCount(0);
  }
  await expect(page.locator('[aria-roledescription="error"]')).toHaveCount(0);
  // SVG text wraps into lines, so the label is checked in parts.
  await expect(outputs.diagramSvg('Phase flow')).toContainText('POINT OF NO RETURN');
  await expect(outputs.diagramSvg('Phase flow')).toContainText('(approval: Priya Raman)');
  // Entity codes from the exporters' escaping are decoded, never shown raw.
  for (const title of ['Phase flow', 'Dependency graph'] as const) {
    const labels = await outputs.diagramSvg(title).locator('text').allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => /#\d+;|&#|&[a-z]+;/.test(l))).toEqual([]);
  }
  await expect(outputs.diagramSvg('Timeline')).toContainText('Soak 24 h');
  // On a phone a flowchart is not shrunk past 60% of its drawn size (its labels were ~5 px): it scrolls.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const title of ['Phase flow', 'Dependency graph'] as const) {
    const scale = await outputs.diagramSvg(title).evaluate((svg: SVGSVGElement) => {
      const drawn = svg.viewBox.baseVal.width;
      return svg.getBoundingClientRect().width / drawn;
    });
    expect(scale, `${title} drawn at ${scale.toFixed(2)}x on a phone`).toBeGreaterThanOrEqual(0.59);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  const svg = await outputs.download('Download Phase flow as SVG');
  expect(svg.fileName).toMatch(/-phase-flow\.svg$/);
  expect(svg.text).toMatch(/^<svg[\s\S]*Expand[\s\S]*<\/svg>$/);
  const png = await outputs.download('Download Dependency graph as PNG');
  expect(png.fileName).toMatch(/-dependencies\.png$/);
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.bytes.length).toBeGreaterThan(2_000);
});

test('every document downloads with its content; plan JSON re-imports without overwriting', async ({
  page,
  browser,
}) => {
  const { drafts, outputs } = await openExampleOutputs(page);

  const runbook = await outputs.download('Download runbook (.md)');
  expect(runbook.fileName).toMatch(/\.runbook\.md$/);
  expect(runbook.text).toMatch(/^# Runbook: /);
  expect(runbook.text.match(/^### Phase \d+: /gm)).toHaveLength(example.execution.phases.length);
  expect(runbook.text.match(/^```mermaid$/gm)).toHaveLength(3);

  const adr = await outputs.download('Download ADR (.md)');
  expect(adr.text).toContain('- Status: accepted');
  expect(adr.text).toContain('## Considered Options');

  const rollback = await outputs.download('Download rollback plan JSON');
  const rollbackDoc = JSON.parse(rollback.text) as {
    kind: string;
    triggers: unknown[];
    pointOfNoReturn: { approver: string };
  };
  expect(rollbackDoc.kind).toBe('rollback-plan');
  expect(rollbackDoc.triggers).toHaveLength(example.rollback.triggers.length);
  expect(rollbackDoc.pointOfNoReturn.approver).toBe('Priya Raman');

  const json = await outputs.download('Download plan JSON');
  const downloaded = JSON.parse(json.text) as PlanJson;
  // The example draft gets its own id and creation time; everything else is the example.
  expect({ ...downloaded, id: example.id, createdAt: example.createdAt }).toMatchObject(example);

  // Re-import the file: it is the same plan, so it becomes a new draft instead of overwriting.
  await drafts.goto();
  await page.getByLabel('Import plan').setInputFiles(json.path);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'saved as a new draft',
  );
  await expect.poll(async () => (await drafts.titles()).filter((t) => t === example.title).length).toBe(2);

  // The review document: open the downloaded file in Chromium, without network, and find the SVGs.
  await page.goBack();
  await page.goBack();
  await new EditorPage(page).openStep('Outputs');
  const review = await outputs.download('Download review document (.html)');
  expect(review.text).not.toMatch(/<script/i);
  expect(review.text).toContain("script-src 'none'");
  const context = await browser.newContext({ offline: true });
  const file = await context.newPage();
  await file.goto(`file://${review.path}`);
  await expect(file.getByRole('heading', { level: 1 })).toHaveText(example.title);
  await expect(file.locator('figure.diagram > svg')).toHaveCount(3);
  await expect(file.getByRole('heading', { name: 'Open questions' })).toBeVisible();
  for (const phase of example.execution.phases)
    await expect(file.getByText(phase.name).first()).toBeVisible();
  await context.close();
});

test('plan diff against an imported file lists the changes section by section', async ({ page }) => {
  const { outputs } = await openExampleOutputs(page);
  const older = structuredClone(example);
  older.title = 'Last week’s title';
  older.execution.phases.pop();
  await outputs.compareWithFile('last-week.json', JSON.stringify(older));
  const diff = page.getByRole('region', { name: /Compare with another version/ });
  await expect(diff.getByRole('status')).toContainText('from file last-week.json to this plan');
  await expect(diff.getByRole('heading', { name: /Plan details/ })).toBeVisible();
  await expect(diff.getByRole('listitem').filter({ hasText: 'Title' }).first()).toContainText('Changed');
  await expect(diff.getByRole('listitem').filter({ hasText: /^Added.*Phase “Contract/ })).toContainText(
    'execution.phases[3]',
  );
  await outputs.compareWithFile('broken.json', '{"kind": "migration-plan",');
  await expect(diff.getByRole('alert')).toContainText('broken.json: The file is not valid JSON at line 1');
});

test('an invalid plan file is refused with what is wrong and where', async ({ page }) => {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  const bad = { ...example, execution: { ...example.execution, soakHours: -5 } };
  await page.getByLabel('Import plan').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByRole('alert')).toContainText(
    'bad.json was not imported. Invalid plan at execution.soakHours: must not be negative',
  );
  await page.getByLabel('Import plan').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "kind": "migration-plan",\n  "title": \n'),
  });
  await expect(page.getByRole('alert')).toContainText(
    /cut\.json was not imported\. The file is not valid JSON at line \d+, column \d+/,
  );
});

test('printing the Outputs step leaves out the controls and the side panel', async ({ page }) => {
  const { outputs } = await openExampleOutputs(page);
  await expect(outputs.diagramSvg('Phase flow')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: test.info().outputPath('outputs-step.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download plan JSON' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Share link' })).toBeHidden();
  await expect(outputs.diagramSvg('Timeline')).toBeVisible();
});
