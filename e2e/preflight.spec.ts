import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page';

test('the pre-flight warns when the spec’s +5% cannot be told from noise, and its offer makes it detectable', async ({
  page,
}) => {
  await (await EditorPage.startNew(page, 'example')).openStep('Rollback');
  const card = page.getByRole('region', { name: 'Pre-flight: can each trigger fire?' });
  await card.getByLabel('Requests per minute').fill('1000');
  await card.getByLabel('Canary share (%)').fill('5');
  await card.getByLabel('Baseline error rate (%)').fill('1');
  const rt01 = card.getByRole('listitem', { name: 'Pre-flight of RT-01' });
  await expect(rt01.getByRole('alert')).toContainText('Cannot be told from noise');
  await expect(rt01).toContainText('250 requests on the new version and 4,750 on the old');
  const offer = rt01.getByRole('button', { name: /^Use a \d+-minute window$/ });
  const minutes = /(\d+)/.exec((await offer.textContent()) ?? '')?.[1] ?? '';
  await offer.click();
  await expect(rt01.getByLabel('Sample window of RT-01 (minutes)')).toHaveValue(minutes);
  await expect(rt01.getByRole('alert')).toHaveCount(0);
  await expect(rt01).toContainText('Detectable.');

  // A/A: a pasted steady baseline, its halves compared, and the samples the trigger would fire on.
  await rt01.getByText('A/A check of a baseline series').click();
  await rt01
    .getByLabel(/Values of RT-01 with nothing changing/)
    .fill('1.0 1.1 0.9 1.05 0.95 1.0 1.1 0.9 1.02 0.98 1.0 1.04');
  await rt01.getByRole('button', { name: 'Check the baseline' }).click();
  const aa = rt01.getByRole('status', { name: 'A/A result of RT-01' });
  await expect(aa).toContainText('12 values, median 1');
  await expect(aa).toContainText('no drift between them');
  await expect(aa).toContainText('The trigger fires on 2 of these 12 samples with nothing wrong.');
});
