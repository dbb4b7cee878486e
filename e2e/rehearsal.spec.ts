import { expect, test, type Page } from '@playwright/test';
import { AUDIT_LINE_PATTERNS } from '../src/domain/audit-line';
import { DraftsPage } from './pages/drafts-page';
import { RehearsalPage } from './pages/rehearsal-page';

// The example plan has the forward and rollback SQL but no current schema: a small one stands in.
const ORDERS_SCHEMA = `CREATE TABLE orders (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL,
  total numeric(12, 2) NOT NULL DEFAULT 0,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON orders (customer_id);`;

/** A new draft of the example plan, on its Rollback step where the rehearsal card is. */
async function exampleOnRollback(page: Page): Promise<RehearsalPage> {
  const rehearsal = await RehearsalPage.startNew(page, 'example');
  await rehearsal.openStep('Rollback');
  return rehearsal;
}

test('rehearses the example plan on PGlite: verdict, observed locks, audit line, kept after a reload', async ({
  page,
}) => {
  // PGlite boots in WASM (about 2 s from the shipped data directory, more on a busy machine).
  test.setTimeout(120_000);
  const rehearsal = await exampleOnRollback(page);
  await expect(rehearsal.field('Forward migration')).toHaveValue(/ADD COLUMN IF NOT EXISTS id_new bigint/);
  // The rollback script is reviewed like the forward one, on this step.
  const rollbackSql = page.getByRole('table', { name: 'Statements of the rollback script' });
  await expect(rollbackSql.getByRole('row', { name: /DROP COLUMN IF EXISTS id_new/ })).toContainText(
    'PG-017',
  );
  await expect(rehearsal.field('Rollback script')).toHaveValue(/DROP COLUMN IF EXISTS id_new/);

  // Without the example's staging record, the panel must show the rehearsal as GR-08 evidence and
  // still block on GR-01: a local rehearsal does not replace the staging test.
  await page.getByRole('button', { name: /^Remove the pass test in staging-eu1/ }).click();

  await rehearsal.rehearse({ schema: ORDERS_SCHEMA, rows: 500 });
  await expect(rehearsal.card.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(rehearsal.verdict(/^Rollback rehearsal passed$/)).toBeVisible({ timeout: 90_000 });

  // Line 3 adds the column: PostgreSQL took ACCESS EXCLUSIVE on orders, without a rewrite.
  const add = rehearsal.statementRow('Forward migration', 3);
  await expect(add).toContainText('orders ACCESS EXCLUSIVE');
  await expect(add.getByRole('cell', { name: 'No', exact: true })).toBeVisible();
  // Line 4 is CONCURRENTLY: it cannot run in a transaction block, so its locks are not seen.
  await expect(rehearsal.statementRow('Forward migration', 4)).toContainText('locks not observable');
  // Each statement against the static analysis: CONCURRENTLY's lock is predicted but unseen.
  await expect(rehearsal.card).toContainText(
    'Forward migration, as run: 4 analysed, 3 confirmed, 1 static-only.',
  );
  await expect(rehearsal.statementRow('Forward migration', 4)).toContainText('Static-only');
  await expect(rehearsal.card).toContainText(
    'Rollback script, as run: 2 analysed, 1 confirmed, 1 static-only.',
  );
  await expect(rehearsal.card.getByText('Identical', { exact: true })).toBeVisible();
  await expect(rehearsal.dataChecks.getByRole('row', { name: /orders/ })).toContainText('500');
  await expect(rehearsal.dataChecks.getByRole('row', { name: /orders/ })).toContainText('Match');

  // The record is in the plan: the tests list shows it, and the engine says it is not staging.
  await expect(page.getByRole('list', { name: 'Recorded rollback tests' })).toContainText(
    /Local rehearsal · local rehearsal \(PostgreSQL \d+\.\d+, PGlite\)/,
  );
  // Its notes fold under their first line, line breaks kept: the list stays a list.
  const local = page
    .getByRole('list', { name: 'Recorded rollback tests' })
    .getByRole('listitem')
    .filter({ hasText: 'Local rehearsal' });
  const notes = local.locator('.test-notes-text');
  await expect(notes).toBeHidden();
  await local.getByText(/^Verdict: pass\./).click();
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(
    'Observed locks (forward), against the static analysis: 4 analysed, 3 confirmed, 1 static-only.',
  );
  await expect(notes).toHaveCSS('white-space', 'pre-wrap');
  await expect(rehearsal.group('Blockers')).toContainText('A local rehearsal passed');
  await rehearsal.notes.locator(':scope > summary').click();
  await expect(rehearsal.notes).toContainText('GR-08');
  await expect(rehearsal.notes).toContainText('does not replace the staging test');
  await rehearsal.expectSaved();
  const shot = process.env.REHEARSAL_SCREENSHOT;
  if (shot) await rehearsal.card.screenshot({ path: shot });

  await page.reload();
  await expect(rehearsal.verdict(/^Last rehearsal passed on \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  // The pasted schema is kept with the plan: a reload does not ask for it again.
  await expect(rehearsal.field('Current schema')).toHaveValue(ORDERS_SCHEMA);
  await expect(rehearsal.recordedNotes).toContainText('Verdict: pass.');
  await expect(rehearsal.recordedNotes).toContainText(
    'Observed locks (forward), against the static analysis',
  );
  await expect(rehearsal.recordedNotes).toContainText('orders ACCESS EXCLUSIVE');
  await expect(rehearsal.recordedNotes).toContainText('Catalog diff: Identical.');

  const plan = await rehearsal.downloadPlan();
  const audit = plan.auditLog.filter((e) => e.event === 'rollback-tested').map((e) => e.line);
  expect(audit.at(-1)).toMatch(
    /rollback-tested: environment=local rehearsal \(PostgreSQL \d+\.\d+, PGlite\), result=pass$/,
  );
  expect(audit.at(-1)).toMatch(AUDIT_LINE_PATTERNS['rollback-tested']);
});

test('a rollback that leaves a column behind fails with the difference listed', async ({ page }) => {
  test.setTimeout(120_000);
  const rehearsal = await exampleOnRollback(page);
  await rehearsal.field('Rollback script').fill('DROP INDEX IF EXISTS orders_id_new_idx;');
  await rehearsal.rehearse({ schema: ORDERS_SCHEMA, rows: 50 });
  await expect(rehearsal.verdict(/^Rollback rehearsal failed$/)).toBeVisible({ timeout: 90_000 });
  await expect(rehearsal.card.getByRole('list', { name: 'Catalog differences' })).toContainText(
    'column orders.id_new still exists',
  );
  await expect(page.getByRole('list', { name: 'Recorded rollback tests' })).toContainText('Failed');
});

test('a forward script that fails is not recorded as a failed rollback test', async ({ page }) => {
  test.setTimeout(120_000);
  const rehearsal = await exampleOnRollback(page);
  await rehearsal.field('Forward migration').fill('ALTER TABLE order_lines ADD COLUMN note text;');
  await rehearsal.rehearse({ schema: ORDERS_SCHEMA, rows: 10 });
  await expect(rehearsal.verdict(/^Rehearsal stopped before the rollback could be tested$/)).toBeVisible({
    timeout: 90_000,
  });
  await expect(rehearsal.card.getByRole('status')).toContainText(
    'Not recorded as a rollback test: the forward migration failed at line 1, so the rollback ran against a ' +
      'half-applied migration',
  );
  // The plan keeps only its staging record: no failed rollback test, so no DC-09 "fix the rollback".
  const tests = page.getByRole('list', { name: 'Recorded rollback tests' });
  await expect(tests.getByRole('listitem')).toHaveCount(1);
  await expect(tests).not.toContainText('Local rehearsal');
  await expect(page.getByText('Rollback test failed in staging')).toHaveCount(0);
});

test.describe('after the first rehearsal', () => {
  // The service worker caches PGlite and the data directory on first use (they are too large to
  // precache): a second rehearsal must boot from that cache, offline, still from the data directory.
  test.use({ serviceWorkers: 'allow' });

  test('a rehearsal works offline, from the cached data directory', async ({ page, context }) => {
    test.setTimeout(180_000);
    const drafts = new DraftsPage(page);
    await drafts.gotoControlledByServiceWorker();
    await drafts.createFromExample();
    const rehearsal = new RehearsalPage(page);
    await rehearsal.openStep('Rollback');
    await rehearsal.rehearse({ schema: ORDERS_SCHEMA, rows: 50 });
    await expect(rehearsal.verdict(/^Rollback rehearsal passed$/)).toBeVisible({ timeout: 90_000 });
    await expect(rehearsal.card.getByText(/started in [\d.]+ s\.$/)).toBeVisible();
    // The result must be stored before the reload, or the reload races the save.
    await rehearsal.expectSaved();

    await context.setOffline(true);
    await page.reload();
    await expect(rehearsal.verdict(/^Last rehearsal passed on \d{4}-\d{2}-\d{2}$/)).toBeVisible();
    await rehearsal.rehearse({ schema: ORDERS_SCHEMA, rows: 50 });
    await expect(rehearsal.verdict(/^Rollback rehearsal passed$/)).toBeVisible({ timeout: 90_000 });
    // A fallback to initdb would say so after the start time.
    await expect(rehearsal.card.getByText(/started in [\d.]+ s\.$/)).toBeVisible();
    await context.setOffline(false);
  });
});
