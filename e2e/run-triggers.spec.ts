import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { RunPage } from './pages/run-page';

/**
 * A fired trigger latches the run (DC-10): the example plan's custom trigger RT-C1 (replication lag over
 * 10 min) fires from its own input and from pasted text; the halt outlives a reload and healthy samples,
 * until a rollback with its notes, or a named override with a reason.
 */
test('a custom trigger fires from its own input; the halt survives a reload and healthy samples until the rollback', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-09T01:30:00Z') });
  const run = new RunPage(page);
  await run.openOnExample('Tomas Novak');
  await run.start();
  await run.startPhase(1);

  await run.enterMetrics({ 'RT-C1 value (min)': '12' });
  await expect(run.status).toContainText('Halted: RT-C1 fired, roll back now');
  await expect(run.alarm).toBeFocused();
  await expect(run.alarm).toContainText('during phase 1 "Expand: add id_new and sync trigger"');
  await expect(run.alarm.getByRole('table', { name: 'Samples that fired RT-C1' })).toContainText('12');
  await expect(run.alarm).toContainText('Flip flag orders.read_id_new off');

  await page.reload();
  await expect(run.status).toContainText('Halted: RT-C1 fired');
  await run.enterMetrics({ 'RT-C1 value (min)': '1', 'Error rate (%)': '1', 'Error rate baseline (%)': '1' });
  await expect(run.alarm).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Trigger states' }).getByRole('listitem').filter({ hasText: 'RT-C1' }),
  ).toContainText('Fired: latched until rollback or override');
  await expect(page.getByRole('button', { name: 'Start phase 2', exact: true })).toHaveCount(0);

  await run.alarm.getByLabel('Rollback notes').fill('Dropped the CDC slot; replica re-seeded');
  await run.alarm.getByRole('button', { name: 'Rollback executed: success' }).click();
  await expect(run.status).toContainText('Rolled back');
  await expect(run.alarm).toHaveCount(0);
  await expect(run.auditLines).toContainText(
    /rollback-triggered: trigger=RT-C1, phase=1, observed=12 min, samples=1 — .*roll back now \(DC-10\)\./,
  );
  await expect(run.auditLines.getByRole('listitem').last()).toHaveText(
    /rollback-executed: trigger=RT-C1, phase=1, result=success — notes: Dropped the CDC slot; replica re-seeded$/,
  );
});

test('pasted text fires a custom trigger by its rule id; a named override with a reason resumes the run', async ({
  page,
}) => {
  // Two days before the plan's first phase, with a checklist item open: both ask first, and are logged.
  await page.clock.install({ time: new Date('2026-12-07T01:00:00Z') });
  await (await EditorPage.startNew(page, 'example')).openStep('Execution');
  await page.getByRole('checkbox', { name: 'Feature flags in place for traffic routing.' }).uncheck();
  const run = new RunPage(page);
  await run.open();
  await run.nameOperator('Tomas Novak');
  await page.getByRole('button', { name: 'Start migration' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start with the checklist incomplete?' });
  await expect(confirm.getByRole('list', { name: 'Open checklist items' })).toHaveText(
    'Feature flags in place for traffic routing.',
  );
  await confirm.getByRole('button', { name: 'Start anyway' }).click();
  await expect(run.status).toContainText('Running');
  await expect(run.auditLines.getByRole('listitem').first()).toHaveText(
    /checklist-incomplete: open=1 of 6 "Feature flags in place for traffic routing\." — confirmed by Tomas Novak$/,
  );
  await run.startPhase(1);
  await expect(run.auditLines).toContainText(
    /phase-early: phase=1 ".*", planned_start=2026-12-09T01:00:00.000Z, early_by=47h 59m — confirmed by Tomas Novak/,
  );
  await run.phase(1).getByRole('button', { name: 'Mark step 1 done' }).click();
  await expect(run.phase(1)).toContainText('Steps: 1 of 3 done');
  await expect(run.phase(1)).toContainText('· Tomas Novak');

  const form = page.getByRole('form', { name: 'Current metrics' });
  await form
    .getByLabel('Paste metrics (JSON or key=value lines)')
    .fill('RT-C1=11min error_rate=1.0 error_rate_baseline=1.0');
  await form.getByRole('button', { name: 'Fill from pasted text' }).click();
  await expect(form.getByLabel('RT-C1 value (min)')).toHaveValue('11');
  await form.getByRole('button', { name: 'Evaluate triggers' }).click();
  await expect(run.status).toContainText('Halted: RT-C1 fired');

  await run.alarm.getByText('Override instead of rolling back…').click();
  const override = run.alarm.getByRole('form', { name: 'Override the halt' });
  await override.getByLabel('Name of the person overriding').fill('Priya Raman');
  await override.getByLabel('Reason').fill('Lag from the nightly vacuum; the slot caught up');
  await override.getByRole('button', { name: 'Override and resume the run' }).click();
  await expect(run.status).toContainText('Running');
  await expect(run.alarm).toHaveCount(0);
  await expect(run.auditLines.getByRole('listitem').last()).toHaveText(
    /rollback-overridden: trigger=RT-C1, phase=1, by=Priya Raman — reason: Lag from the nightly vacuum; the slot caught up$/,
  );
});
