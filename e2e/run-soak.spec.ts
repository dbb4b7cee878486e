import { expect, test } from '@playwright/test';
import { RunPage } from './pages/run-page';

/**
 * The rest of a migration day on the example plan, past where run.spec.ts stops: every forward phase passes,
 * the soak starts (migration-completed), the contract phase waits for the soak (GR-02), and the point of no
 * return takes its named approver (AQ-05, FM-06). The page's clock is Playwright's, moved on by 24 hours.
 */
test('a migration day to the end: soak, point of no return, contract phase, completed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: new Date('2026-12-09T01:30:00Z') });
  const run = new RunPage(page);
  await run.openOnExample('Tomas Novak');
  await run.start();

  await run.startPhase(1);
  await run.recordRows(1, 'orders', 400_000_000);
  await run.completePhase(1);
  await run.startPhase(2);
  await run.recordRows(2, 'orders', 400_000_000);
  await run.recordChecksum(2, 'orders (id, id_new)', true);
  await run.completePhase(2);
  await run.startPhase(3);
  await run.recordReferential(3, 'order_items.order_id -> orders.id', true);
  await run.completePhase(3);

  // The soak has started; the contract phase waits for it.
  await expect(run.status).toContainText('Soaking');
  const clock = page.getByRole('timer', { name: 'Soak clock' });
  await expect(clock).toContainText('of 24 h');
  // The bar starts empty (it was once drawn full while the clock read a moment before the soak's start).
  const bar = clock.getByRole('progressbar', { name: 'Soak progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  expect(
    await bar.evaluate(
      (el: HTMLElement) => (el.firstElementChild as HTMLElement).offsetWidth / el.offsetWidth,
    ),
  ).toBeLessThan(0.01);
  const phasesNote = page.getByRole('region', { name: 'Phases' }).getByRole('status');
  await expect(phasesNote).toContainText(
    /The soak runs until Thu 10 Dec 2026, 01:\d\d UTC; contract and decommission phases wait for it \(GR-02\)/,
  );
  await expect(page.getByRole('button', { name: 'Start phase 4' })).toHaveCount(0);
  const criterion = (id: string) => page.getByRole('listitem').filter({ hasText: id });
  await expect(criterion('SC-06')).toContainText('Pending:');
  await expect(criterion('SC-06')).toContainText('No anomaly during the soak so far.');

  await page.clock.fastForward('24:00:01');
  await expect(clock).toContainText('Soak complete');
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByRole('region', { name: 'Phases' }).getByText(/contract phases wait/)).toHaveCount(0);
  await expect(criterion('SC-06')).toContainText('Met:');
  await expect(criterion('SC-06')).toContainText('No anomaly during the soak.');

  // Only the named approver passes the point of no return.
  const gate = page.getByRole('form', { name: 'Point of no return approval' });
  await expect(gate).toContainText('Priya Raman must confirm');
  await gate.getByLabel('Approver’s name').fill('Tomas Novak');
  await gate.getByRole('button', { name: 'Confirm passing the point of no return' }).click();
  await expect(page.getByText('Only Priya Raman, the named approver, can confirm')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start phase 4' })).toBeDisabled();
  await gate.getByLabel('Approver’s name').fill('Priya Raman');
  await gate.getByRole('button', { name: 'Confirm passing the point of no return' }).click();
  await expect(run.phase(4)).toContainText('Point of no return approved by Priya Raman at Dec 10');
  await run.startPhase(4);
  await run.recordRows(4, 'orders', 400_000_000);
  await run.completePhase(4);
  await expect(run.status).toContainText('Completed');

  // The record of the day, in the spec's formats, ends with the contract phase.
  const log = page.getByRole('region', { name: /Audit log/ });
  await expect(log).toContainText(/migration-completed: total_duration=\S+, soak_period_start=2026-12-09T/);
  await expect(log).toContainText(
    'phase-completed: phase=4 "Contract: drop the old int column (after soak)"',
  );
});
