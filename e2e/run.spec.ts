import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AUDIT_LINE_PATTERNS, matchesSpec } from '../src/domain/audit-line';
import { RunPage } from './pages/run-page';

test('a full migration day on the example plan', async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // At the plan's first phase: none of these phases starts early (that asks first, run-triggers.spec.ts).
  await page.clock.install({ time: new Date('2026-12-09T01:30:00Z') });
  const run = new RunPage(page);
  await run.openOnExample('Tomas Novak');

  // 1. Start.
  await run.start();

  // 2. Phase 1 with passing checks; its gate offers a stakeholder update, and copying it is recorded.
  await run.startPhase(1);
  await expect(run.page.getByRole('button', { name: 'Complete phase 1' })).toBeVisible();
  await run.page.getByRole('button', { name: 'Complete phase 1' }).click();
  await expect(run.phase(1).getByRole('alert')).toContainText('GR-06');
  await run.recordRows(1, 'orders', 400_000_000);
  await run.completePhase(1);
  await expect(page.getByLabel('Status update text')).toHaveValue(
    /Phase 1\/4 "Expand: add id_new and sync trigger": completed/,
  );
  // All of it shows, with nothing to scroll to before it is sent.
  expect(
    await page.getByLabel('Status update text').evaluate((el) => el.scrollHeight <= el.clientHeight),
  ).toBe(true);
  await page.getByRole('button', { name: 'Copy update' }).click();
  await expect(page.getByText('Copied 1 time for this gate.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Next: phase 2');

  // 3. A failed check halts the run and shows the rollback procedure (FM-02).
  await run.startPhase(2);
  await run.recordRows(2, 'orders', 399_998_100);
  await expect(run.status).toContainText('Halted');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Halted: an integrity check failed (FM-02)' }),
  ).toContainText('Flip flag orders.read_id_new off');

  // 5. Reload in the middle: the state is intact.
  await page.reload();
  await expect(run.status).toContainText('Halted');
  await expect(run.phase(1)).toHaveAccessibleName(/completed$/);
  await expect(run.phase(2).getByLabel('Check orders: failed')).toBeVisible();

  // 4. Metrics that fire a trigger: "Roll back now", with observed and threshold values.
  await run.enterMetrics({
    'Error rate (%)': '2.4',
    'Error rate baseline (%)': '1.0',
    'Latency p99 (ms)': '310',
    'Latency p99 baseline (ms)': '300',
  });
  // By its heading: the halt above it names it too ("… under Roll back now, below").
  const alarm = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Roll back now' }) });
  // It shows above the form: the evaluation brings it into view and gives it the focus.
  await expect(alarm.getByRole('heading', { name: 'Roll back now' })).toBeInViewport();
  await expect(alarm).toBeFocused();
  await expect(alarm).toContainText('RT-01');
  await expect(alarm).toContainText('Error rate is 2.4 against the limit 1.05 (baseline 1 + 5%)');
  await expect(alarm.getByRole('table', { name: 'Samples that fired RT-01' })).toContainText('2.4');
  // The halt no longer offers a second copy of the procedure and its buttons: it points to this alarm.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Halted: an integrity check failed (FM-02)' }),
  ).toContainText('A rollback trigger has fired as well');
  await expect(page.getByRole('button', { name: 'Rollback executed: success' })).toHaveCount(1);
  await alarm.getByRole('button', { name: 'Rollback executed: success' }).click();
  await expect(run.status).toContainText('Rolled back');

  // 6. The downloaded audit log follows the spec's formats, line by line.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download audit log' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  const events = lines.map((l) => matchesSpec(l));
  expect(events).toEqual([
    'migration-assessed',
    'strategy-selected',
    'phase-started',
    'integrity-check',
    'phase-completed',
    'phase-started',
    'integrity-check',
    'rollback-triggered',
    'rollback-executed',
  ]);
  expect(lines[3]).toMatch(AUDIT_LINE_PATTERNS['integrity-check']);
  expect(lines[2]).toContain('phase=1 "Expand: add id_new and sync trigger" — started by Tomas Novak');
  expect(lines[6]).toContain('rows_expected=400000000, rows_actual=399998100, checksum=not-checked');
  expect(lines[7]).toMatch(/rollback-triggered: trigger=RT-01, phase=2, observed=2.4 %, samples=1 — /);
  expect(lines[8]).toMatch(/rollback-executed: trigger=RT-01, phase=2, result=success$/);

  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download integrity report' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await report.path(), 'utf8')) as {
    kind: string;
    summary: { passed: number; failed: number };
  };
  expect(json.kind).toBe('integrity-report');
  expect(json.summary).toMatchObject({ passed: 1, failed: 1 });
});

test('a plan with blockers cannot start, and the blockers are shown', async ({ page }) => {
  const run = await RunPage.startNew(page, 'blank');
  await run.open();
  await run.nameOperator('Ana');
  await expect(page.getByRole('button', { name: 'Start migration' })).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Blockers' })).toContainText('GR-01');
});

test('a failed check halts the run: the phase cannot complete, and the rollback is recorded from the halt', async ({
  page,
}) => {
  const run = new RunPage(page);
  await run.openOnExample('Tomas Novak');
  await run.start();
  await run.startPhase(1);
  await run.recordRows(1, 'orders', 1);

  const halt = page.getByRole('alert').filter({ hasText: 'Halted: an integrity check failed (FM-02)' });
  await expect(halt).toContainText('Failed in phase "Expand: add id_new and sync trigger": orders.');
  await expect(halt).toContainText('Flip flag orders.read_id_new off');
  const complete = page.getByRole('button', { name: 'Complete phase 1' });
  await expect(complete).toBeDisabled();
  await expect(complete).toHaveAccessibleDescription(/every check is recorded again and passes \(GR-06\)/);

  await halt.getByLabel('Notes').fill('trigger and column dropped');
  await halt.getByRole('button', { name: 'Rollback executed: success' }).click();
  await expect(run.status).toContainText('Rolled back');
  await expect(halt).toHaveCount(0);
  // The run is over: the phase it stopped in offers nothing more to record.
  await expect(complete).toHaveCount(0);
  await expect(run.phase(1).getByRole('button', { name: 'Record' })).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: /Audit log/ })
      .getByRole('listitem')
      .last(),
  ).toHaveText(
    /rollback-executed: trigger=RT-03, phase=1, result=success — notes: trigger and column dropped$/,
  );
});
