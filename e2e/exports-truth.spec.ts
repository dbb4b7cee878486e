import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { scriptFingerprint } from '../src/domain/evidence';
import { localRehearsal } from '../src/domain/testing/plan-parts';
import { visibleText } from '../src/exporters/testing/html-text';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';
import { OutputsPage } from './pages/outputs-page';
import { SqlReviewPage } from './pages/sql-review-page';

/** Issue 20: the exports say what the person wrote and what is true now. */

type ExamplePlan = {
  id: string;
  summary: string;
  assessment: {
    components: Array<{ id: string; name: string }>;
    schemaChange: { description: string; forwardSql: string };
  };
  rollback: { procedures: { rollbackSql: string }; tests: Array<Record<string, unknown>> };
};
const example = JSON.parse(await readFile('public/examples/orders-bigint.json', 'utf8')) as ExamplePlan;

async function importAndOpen(page: Page, plan: object & { id: string }, step: string) {
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await drafts.importPlan(plan, `${plan.id}.json`);
  await page.goto(`/plans/${plan.id}/${step}`);
}

test('"Redraft from the engine" drafts the ADR for the strategy the person chose; the ADR keeps its lists', async ({
  page,
}) => {
  const editor = await EditorPage.startNew(page, 'example');
  await editor.openStep('Strategy');
  // The engine recommends canary for the example; the person chooses blue-green and says why.
  await expect(page.getByText('Recommended: canary')).toBeVisible();
  await page.getByRole('radio', { name: 'Blue-green' }).check();
  await page
    .getByLabel('Justification for differing from the recommendation')
    .fill('The platform team runs blue-green for every payments service.');
  await editor.expectSaved();
  await page.getByRole('button', { name: 'Redraft from the engine' }).click();
  await page
    .getByRole('dialog', { name: 'Redraft the ADR?' })
    .getByRole('button', { name: 'Replace with a new draft' })
    .click();

  const decision = page.getByLabel('Decision', { exact: true });
  await expect(decision).toHaveValue(/^Use a blue-green deployment with expand-contract for the data\./);
  await expect(decision).toHaveValue(
    /Justification: The platform team runs blue-green for every payments service\./,
  );
  await expect(page.getByLabel('Alternatives considered')).toHaveValue(
    /^- canary \(score \d+, the engine's recommendation\): /m,
  );
  await editor.expectSaved();

  await editor.openStep('Outputs');
  const adr = (await new OutputsPage(page).download('Download ADR (.md)')).text;
  expect(adr).toContain('Chosen option: "blue-green"');
  expect(adr).toContain('Use a blue\\-green deployment with expand\\-contract for the data.');
  // The drafted lists stay Markdown lists, one rule a line, and the context is there once.
  expect(adr).toMatch(/^What speaks for blue\\-green:\n\n- [A-Z]{2}\\-\d{2}: /m);
  expect(adr).toMatch(/^- canary \\\(score \d+, the engine's recommendation\\\): /m);
  expect(adr.split('32\\-bit integer at 1\\.71 billion').length - 1).toBe(1);
});

test('the review document names components, never ids, and never says "Not written yet" above SQL', async ({
  page,
  browser,
}) => {
  const plan = {
    ...example,
    id: 'review-names',
    assessment: {
      ...example.assessment,
      // As a plan made in the app has it: SQL pasted, no description written.
      schemaChange: { ...example.assessment.schemaChange, description: '' },
    },
  };
  await importAndOpen(page, plan, 'outputs');
  const review = await new OutputsPage(page).download('Download review document (.html)');
  for (const c of example.assessment.components) expect(review.text).not.toContain(c.id);

  const context = await browser.newContext({ offline: true });
  const file = await context.newPage();
  await file.goto(`file://${review.path}`);
  const orders = file.getByRole('row').filter({ hasText: 'orders (PostgreSQL 16, table)' }).first();
  await expect(orders.getByRole('cell').last()).toHaveText(
    'order_items (PostgreSQL 16, table), orders-api, analytics CDC pipeline (Debezium)',
  );
  const schema = visibleText(
    review.text.slice(review.text.indexOf('<h3>Schema change</h3>'), review.text.indexOf('id="strategy"')),
  );
  expect(schema).not.toContain('Not written yet');
  await expect(
    file.getByText('ALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint').first(),
  ).toBeVisible();
  await context.close();
});

test('a rehearsal of an older forward script is shown and exported as stale, with the reason', async ({
  page,
}) => {
  const rehearsal = localRehearsal({
    id: 'rh-1',
    notes: 'PASS: forward 3 statements, rollback 2 statements.',
    // It ran the plan's scripts as they are in the file.
    testedScripts: {
      forward: scriptFingerprint(example.assessment.schemaChange.forwardSql),
      rollback: scriptFingerprint(example.rollback.procedures.rollbackSql),
    },
  });
  const plan = {
    ...example,
    id: 'stale-rehearsal',
    rollback: { ...example.rollback, tests: [...example.rollback.tests, rehearsal] },
  };
  await importAndOpen(page, plan, 'rollback');
  const editor = new EditorPage(page);
  const tests = page.getByRole('list', { name: 'Recorded rollback tests' });
  const local = tests.getByRole('listitem').filter({ hasText: 'Local rehearsal' });
  await expect(local).toBeVisible();
  await expect(local).not.toContainText('Stale');

  // The forward migration changes after the rehearsal.
  await editor.openStep('Assessment');
  const sql = new SqlReviewPage(page);
  await sql.paste(
    `${example.assessment.schemaChange.forwardSql}\nCREATE INDEX orders_created_idx ON orders (created_at);`,
  );
  await editor.expectSaved();
  await editor.openStep('Rollback');
  await expect(local).toContainText(
    "Stale it ran a forward migration that is not the plan's current one. Rehearse again before relying on it.",
  );
  await expect(tests.getByRole('listitem').filter({ hasText: 'Staging' })).not.toContainText('Stale');
  await expect(page.getByRole('region', { name: 'Rollback rehearsal', exact: true })).toContainText(
    "Stale: it ran a forward migration that is not the plan's current one.",
  );

  await editor.openStep('Outputs');
  const outputs = new OutputsPage(page);
  const runbook = (await outputs.download('Download runbook (.md)')).text;
  const section = runbook.slice(
    runbook.indexOf('## Rollback tests'),
    runbook.indexOf('## Point of no return'),
  );
  // Every test with its environment, the staging one too; the rehearsal marked stale with the reason.
  expect(section).toContain('- Passed, staging, in staging\\-eu1 \\(production snapshot 2026\\-11\\-15\\)');
  expect(section).toContain(
    "- Passed, local rehearsal, in local rehearsal \\(PostgreSQL 18\\.6, PGlite\\) on Tue 1 Dec 2026. **STALE: it ran a forward migration that is not the plan's current one.**",
  );
  const review = visibleText((await outputs.download('Download review document (.html)')).text);
  expect(review).toContain(
    "local rehearsal local rehearsal (PostgreSQL 18.6, PGlite) pass no STALE: it ran a forward migration that is not the plan's current one",
  );
});

test.describe('times', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('exports give times readably in the plan’s time zone; a new plan takes the browser’s zone', async ({
    page,
  }) => {
    const editor = await EditorPage.startNew(page, 'blank');
    await editor.openStep('Outputs');
    const zone = page.getByLabel('Time zone of the documents');
    await expect(zone).toHaveValue('America/New_York');

    // The example file has no zone: UTC, as its ISO times were. The team works in Berlin.
    await EditorPage.startNew(page, 'example');
    await editor.openStep('Outputs');
    await expect(zone).toHaveValue('UTC');
    await zone.selectOption('Europe/Berlin');
    await editor.expectSaved();
    const outputs = new OutputsPage(page);
    const runbook = (await outputs.download('Download runbook (.md)')).text;
    expect(runbook).toContain('Times are in Europe/Berlin.');
    // Phase 2 starts at 01:30 UTC: 02:30 in Berlin.
    expect(runbook).toContain('- Planned start: Wed 9 Dec 2026, 02:30 CET');
    expect(runbook).toContain('- Maintenance window: Wed 9 Dec 2026, 02:00 CET (360 min, off-peak)');
    expect(runbook.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '')).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    const review = visibleText((await outputs.download('Download review document (.html)')).text);
    expect(review).toContain('Times are in Europe/Berlin.');
    expect(review).toContain('starts Wed 9 Dec 2026, 02:30 CET');
    expect(review).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });
});
