import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test('a move to another engine with dual-writes: the engine says so, proposes the phases, and finds the point of no return', async ({
  page,
}) => {
  const wizard = await WizardPage.startNew(page, 'blank');
  await wizard.assess({
    scope: ['Data'],
    downtime: 'Zero downtime',
    components: [
      { name: 'messages', kind: 'database', team: 'Persistence', stateful: true, rows: 3_000_000_000 },
      { name: 'messages-next', kind: 'database', role: 'target', team: 'Persistence', stateful: true },
    ],
  });

  // Changed in place it would be expand-contract; moved with dual-writes it is dual-write, blue-green.
  await wizard.setDataMove('messages', 'Stays (changed in place)');
  await expect(wizard.panel).toContainText(/Data approach\s*expand-contract/);
  await wizard.setDataMove('messages', 'Another engine', 'App writes both');
  await expect(wizard.panel).toContainText(/Recommended strategy\s*blue-green \(ST-11, DC-02\)/);
  await expect(wizard.panel).toContainText(/Data approach\s*dual-write \(DA-06, DC-04\)/);
  await expect(page.getByRole('region', { name: 'Estimate' })).toContainText('Online, outside the window');

  await wizard.openStep('Execution');
  await page.getByRole('button', { name: 'Propose phases' }).click();
  const review = page.getByRole('region', { name: 'Proposed phases for review' });
  await expect(review.getByRole('listitem')).toHaveCount(7);
  await expect(review).toContainText('Stop writing to messages');
  await review.getByRole('button', { name: 'Apply to plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 7 phases' })).toBeVisible();

  // Rollback without data loss ends when writes to the old store stop.
  const stop = page.getByRole('listitem', { name: /^Phase 6: Stop writing to messages/ });
  await expect(stop).toContainText('point of no return (computed)');
  // Saying the switch of writes already loses data moves the point of no return earlier.
  const switchWrites = page.getByRole('listitem', { name: /^Phase 5: Switch writes/ });
  await switchWrites.getByRole('button', { name: /^Switch writes/ }).click();
  await switchWrites.getByLabel('Rollback after this phase').selectOption({ label: 'Nothing: no way back' });
  await expect(switchWrites).toContainText('point of no return (computed)');
  await expect(stop).not.toContainText('point of no return (computed)');
  await expect(switchWrites.getByLabel('Runs')).toHaveValue('online');
});
