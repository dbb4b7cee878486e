import { expect, test, type Page } from '@playwright/test';
import { SqlReviewPage } from './pages/sql-review-page';

const MIXED = [
  "SET lock_timeout = '5s';",
  'ALTER TABLE orders ADD COLUMN note2 text;',
  'CREATE INDEX orders_created ON orders (created_at);',
  'ALTER TABLE orders RENAME COLUMN total TO amount;',
  'ALTER TABLE orders DROP COLUMN note;',
  'DO $$ BEGIN PERFORM 1; END $$;',
].join('\n');

async function newSchemaPlan(page: Page): Promise<SqlReviewPage> {
  const sql = await SqlReviewPage.startNew(page, 'blank');
  await sql.tickSchemaScope();
  return sql;
}

test('the parser loads lazily: not on the first load, only once there is SQL to read', async ({ page }) => {
  const parserRequests: string[] = [];
  page.on('request', (request) => {
    if (/libpg-query.*\.wasm|sql-analysis\.worker/.test(request.url())) parserRequests.push(request.url());
  });
  const sql = await newSchemaPlan(page);
  await expect(sql.script).toBeVisible();
  expect(parserRequests).toEqual([]);
  await sql.paste('CREATE TABLE t (id bigint PRIMARY KEY);');
  await sql.expectAnalysed();
  expect(parserRequests.some((url) => url.endsWith('.wasm'))).toBe(true);
});

test('a DROP in the forward script is a GR-04 blocker', async ({ page }) => {
  const sql = await newSchemaPlan(page);
  await sql.paste('ALTER TABLE orders DROP COLUMN note;');
  await sql.expectAnalysed();
  await expect(sql.statementRow(1)).toContainText('destructive');
  await expect.poll(() => sql.ruleIds('Blockers')).toContain('GR-04');
  await expect(sql.group('Blockers')).toContainText('line 1: ALTER TABLE orders DROP COLUMN note');
});

test('mixed script: classifications, size-scaled severity, proposed phases applied, GR-04 gone', async ({
  page,
}, testInfo) => {
  const sql = await newSchemaPlan(page);
  await sql.addTable('orders', 400_000_000);
  await sql.paste(MIXED);
  await sql.expectAnalysed();
  const loadMs = await sql.parserLoadMs();
  testInfo.annotations.push({ type: 'parser load (ms)', description: String(loadMs) });

  await expect(sql.statementRow(2)).toContainText('expand');
  await expect(sql.statementRow(3)).toContainText('risky');
  await expect(sql.statementRow(3)).toContainText('PG-006');
  await expect(sql.statementRow(3)).toContainText('SHARE');
  await expect(sql.statementRow(3)).toContainText('blocker');
  await expect(sql.statementRow(3)).toContainText('400,000,000 rows');
  await expect(sql.statementRow(3)).toContainText('CREATE INDEX CONCURRENTLY');
  await expect(sql.statementRow(4)).toContainText('breaking');
  await expect(sql.statementRow(5)).toContainText('destructive');
  await expect(sql.statementRow(6)).toContainText('unclassified: review by hand');
  await expect.poll(() => sql.ruleIds('Blockers')).toContain('GR-04');
  const shot = process.env.SQL_REVIEW_SCREENSHOT;
  if (shot) {
    await page.screenshot({ path: shot, fullPage: true });
    await sql.card.screenshot({ path: shot.replace(/\.png$/, '-card.png') });
  }

  await sql.proposePhases();
  if (shot) await sql.proposal.screenshot({ path: shot.replace(/\.png$/, '-proposal.png') });
  const phases = sql.proposal.getByRole('list', { name: 'Proposed phases' }).locator(':scope > li');
  await expect(phases).toHaveCount(3);
  await expect(phases.nth(0)).toContainText('CREATE INDEX CONCURRENTLY orders_created');
  await expect(phases.nth(2)).toContainText('Contract');
  await expect(phases.nth(2)).toContainText('ALTER TABLE orders DROP COLUMN note;');
  await expect(sql.proposal.getByRole('region', { name: 'Needs review' })).toContainText('Line 6');
  // Nothing touches the plan before "Apply to plan".
  await expect.poll(() => sql.ruleIds('Blockers')).toContain('GR-04');

  await sql.applyToPlan();
  await expect(sql.script).not.toHaveValue(/DROP COLUMN note/);
  await sql.expectAnalysed();
  await expect.poll(() => sql.ruleIds('Blockers')).not.toContain('GR-04');

  await sql.openStep('Execution');
  // Steps stay mounted once drawn: the Assessment step, hidden, holds the same words in its script.
  await expect(
    page.getByText('Contract: remove the old schema after the 24 h soak').filter({ visible: true }).first(),
  ).toBeVisible();
});

test('a parse error is shown at its line and column and nothing is classified', async ({ page }) => {
  const sql = await newSchemaPlan(page);
  await sql.paste('ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN;');
  const alert = sql.card.getByRole('alert').filter({ hasText: 'Parse error' });
  await expect(alert).toContainText('Parse error at line 2, column 30');
  await expect(sql.statements).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Propose phases' })).toHaveAccessibleDescription(
    'Fix the parse error in the script first: phases are proposed from parsed statements.',
  );
  // The line and its caret take the alert's width, on a phone too (they were squeezed into a 46 px column).
  await page.setViewportSize({ width: 390, height: 844 });
  const line = alert.getByLabel('Line 2 of the script');
  const [lineBox, alertBox] = await Promise.all([line.boundingBox(), alert.boundingBox()]);
  expect(lineBox!.width).toBeGreaterThan(alertBox!.width * 0.8);
  await alert.getByRole('button', { name: 'Select line 2 in the script' }).click();
  await expect(sql.script).toBeFocused();
});

test('a .sql file over the size limit is refused with a message', async ({ page }) => {
  const sql = await newSchemaPlan(page);
  await sql.card.getByLabel('Load a .sql file').setInputFiles({
    name: 'huge.sql',
    mimeType: 'application/sql',
    buffer: Buffer.alloc(2_100_000, 'x'),
  });
  await expect(sql.card.getByRole('alert')).toContainText('"huge.sql" is 2.1 MB; the limit is 2.0 MB');
  await sql.card.getByLabel('Load a .sql file').setInputFiles({
    name: 'small.sql',
    mimeType: 'application/sql',
    buffer: Buffer.from('TRUNCATE orders;'),
  });
  await expect(sql.script).toHaveValue('TRUNCATE orders;');
  await sql.expectAnalysed();
  await expect(sql.statementRow(1)).toContainText('destructive');
});

// Engine gap: GR-04 reads the forward script whatever the phases say. Keeping the script verbatim
// and moving its DROP into a contract phase should clear GR-04 once the engine matches the forward
// script's destructive statements against contract-phase step facts (see the SQL review note).
test('applying phases while keeping the forward script verbatim clears GR-04', async ({ page }) => {
  const sql = await newSchemaPlan(page);
  await sql.paste('ALTER TABLE orders DROP COLUMN note;');
  await sql.expectAnalysed();
  await sql.proposePhases();
  await sql.proposal.getByLabel(/^Rewrite the forward migration/).uncheck();
  await sql.applyToPlan();
  await expect.poll(() => sql.ruleIds('Blockers')).not.toContain('GR-04');
});
