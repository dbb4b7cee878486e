import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { OutputsPage } from './pages/outputs-page';
import { WizardPage } from './pages/wizard-page';

type PlanJson = {
  title: string;
  assessment: { schemaChange: { forwardSql: string } };
  rollback: { tests: unknown[] };
};

/**
 * The example plan with a forward script whose verdict depends on the SQL analysis (a DROP INDEX) and
 * without its staging rollback test: blockers that every surface must name alike.
 */
function planFile(): string {
  const plan = JSON.parse(readFileSync('public/examples/orders-bigint.json', 'utf8')) as PlanJson;
  plan.title = 'One verdict: orders bigint with a dropped index';
  plan.assessment.schemaChange.forwardSql += 'DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;\n';
  plan.rollback.tests = [];
  const path = join(tmpdir(), `one-verdict-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

test('one plan, one verdict: the editor, the plans list, the share view, the review document and the CLI agree', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const drafts = new DraftsPage(page);
  const wizard = new WizardPage(page);
  const outputs = new OutputsPage(page);
  const file = planFile();
  await drafts.goto();
  await page.getByLabel('Import plan').setInputFiles(file);
  await page
    .getByRole('link', { name: /^One verdict/ })
    .first()
    .click();

  // The editor: never a verdict before the SQL facts are in, then the verdict with them.
  await expect(wizard.verdict).toContainText('No-go');
  const blockers = sorted(await wizard.ruleIds('Blockers'));
  // DROP INDEX CONCURRENTLY of an index nothing reads is not destructive to data; the engine's own
  // DROP scan (used without the SQL facts) would call it GR-04. No surface may.
  expect(blockers).not.toContain('GR-04');
  expect(blockers).toContain('GR-01');

  // The plans list stores the editor's verdict, blocker ids included.
  await page.getByRole('link', { name: '← All plans' }).click();
  const row = drafts.row(/^One verdict/);
  await expect(row).toContainText(`${blockers.length} blocker`);
  for (const id of blockers) await expect(row).toContainText(id);

  // The review document and the share link, made from the same plan.
  await row.getByRole('link', { name: /^One verdict/ }).click();
  await wizard.openStep('Outputs');
  const review = await outputs.download('Download review document (.html)');
  expect(review.text).toContain(`NO-GO: ${blockers.length} blockers`);
  const planJson = await outputs.download('Download plan JSON');
  const share = await outputs.shareUrl();

  await page.goto(share);
  const evaluation = page.getByRole('region', { name: 'Evaluation' });
  await expect(evaluation).toContainText(`NO-GO: ${blockers.length} blockers`);
  expect(sorted(await evaluation.locator('ul').first().locator('.rule-id').allTextContents())).toEqual(
    blockers,
  );

  // The CLI on the downloaded file, at the same minute.
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  let stdout = '';
  try {
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'evaluate', planJson.path, '--now', now], {
      encoding: 'utf8',
    });
  } catch (error) {
    // Exit code 1: blockers remain, which is the verdict under test.
    stdout = (error as { stdout: string }).stdout;
  }
  const cli = JSON.parse(stdout) as { readiness: { ready: boolean; blockers: Array<{ ruleId: string }> } };
  expect(cli.readiness.ready).toBe(false);
  expect(sorted(cli.readiness.blockers.map((b) => b.ruleId))).toEqual(blockers);
});
