import AxeBuilder from '@axe-core/playwright';
import type { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';
import { AUDIT_LINE_PATTERNS } from '../src/domain/audit-line';
import { testPglite } from '../src/rehearsal/testing';
import { psqlCsv } from '../src/verify/testing/psql-csv';
import { orders, seedDifferences, seedPostgres } from '../src/verify/testing/seed';
import { DbVerifyPage } from './pages/db-verify-page';
import { RunPage } from './pages/run-page';

// The databases are PGlite in this test's own Node process: the page never sees them, exactly as a person's
// laptop never connects to production. Source in schema src, target in dst with the seeded differences.
let db: PGlite;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = await testPglite();
  const rows = orders(2_000);
  const { target } = seedDifferences(rows);
  await seedPostgres(db, rows, target);
});
test.afterAll(async () => {
  await db.close();
});

test('verify a check in the databases: generate, paste both sides, narrow down to the differing keys, record', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const run = new RunPage(page);
  await run.openOnExample('Tomas Novak');
  await run.start();
  await run.startPhase(1);
  const verify = await DbVerifyPage.open(page, run.phase(1));
  await verify.setUp('src.orders', 'dst.orders');

  // The SQL comes as a .sql download too.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    verify.round.getByRole('button', { name: 'Download verify-1-source.sql' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('verify-1-source.sql');

  /** One round as a person runs it: each side's SQL on its database, what psql printed pasted back. */
  const runRound = async () => {
    await verify.paste('Source', await psqlCsv(db, await verify.sql('Source')));
    await verify.paste('Target', await psqlCsv(db, await verify.sql('Target')));
    await verify.compare();
  };

  await expect(verify.round).toHaveAccessibleName(/^Round 1: describe the tables/);
  await runRound();
  await expect(verify.result).toContainText('source 2,000, target 2,000');
  await expect(verify.round).toHaveAccessibleName(/^Round 2: checksum every chunk/);
  await runRound();
  // The checksum names the mismatching range; the next round's SQL covers just that range.
  await expect(verify.result).toContainText('1 of 2 chunks differ');
  await expect(verify.mismatchingRanges.getByRole('row', { name: /id < 2002/ })).toBeVisible();
  await expect(verify.round).toHaveAccessibleName(/^Round 3: narrow the mismatching chunks/);
  expect(await verify.sql('Source')).toContain('"id" < 2002');
  await runRound();
  await expect(verify.round).toHaveAccessibleName(/^Round 4: narrow/);
  await runRound();
  const keys = verify.differingKeys;
  await expect(keys.getByRole('row', { name: '1234 missing in the target' })).toBeVisible();
  await expect(keys.getByRole('row', { name: '777 extra in the target' })).toBeVisible();
  await expect(keys.getByRole('row', { name: '24 changed note' })).toBeVisible();
  await expect(keys.getByRole('row', { name: '100 changed customer_id' })).toBeVisible();
  await expect(verify.result).toContainText('target orders_customer_id_fkey: 1 (100 -> 99999)');
  await expect(
    verify.scope.getByRole('status').filter({ hasText: 'Nothing is left to narrow down.' }),
  ).toBeVisible();

  // Labels, names and contrast hold in the panel with every part shown.
  const axe = await new AxeBuilder({ page }).include('.db-verify').analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // The result is the check's record: failed, with the spec's audit line.
  await verify.scope.getByRole('button', { name: 'Use as the result of check orders' }).click();
  await expect(
    verify.scope.getByRole('status').filter({ hasText: 'Recorded as the result of check orders: failed.' }),
  ).toBeVisible();
  await expect(run.status).toContainText('Halted');
  const line = page.getByText(
    /integrity-check: phase=1, rows_expected=400000000, rows_actual=2000, checksum=mismatch/,
  );
  await expect(line).toBeVisible();
  expect(await line.innerText()).toMatch(AUDIT_LINE_PATTERNS['integrity-check']);

  // A reload resumes where it was: every round is kept with the phase.
  await page.reload();
  const again = await DbVerifyPage.open(page, run.phase(1));
  await expect(again.scope.getByText('Rounds so far (4)')).toBeVisible();
});
