import { expect, test } from '@playwright/test';
import { WizardPage, type ComponentInput } from './pages/wizard-page';

/** The table both tests add, its size as a person types it. */
const ordersTable = (rows: string, avgRowBytes: string | number): ComponentInput => ({
  name: 'orders',
  kind: 'table',
  role: 'migrating',
  team: 'Payments',
  stateful: true,
  rows,
  avgRowBytes,
});

test('nothing typed is lost: a section with an invalid field keeps the valid ones and the raw text over a reload', async ({
  page,
}) => {
  const wizard = await WizardPage.onNewBlankPlan(page);
  const editor = wizard;

  // The choice reveals a required field: it says so at once, before it is touched.
  await wizard.setDowntime('A scheduled maintenance window');
  const minutes = page.getByLabel('Scheduled window (minutes)');
  await expect(minutes).toHaveAccessibleDescription('A scheduled window needs its length in minutes.');

  // Typed while that field is empty: every valid value reaches the plan, the invalid one is kept as typed.
  await page.getByLabel('Agreed by').fill('Ops leads, 1 Dec');
  await page.getByLabel('Rows per second on staging').fill('30k');
  await page.getByLabel('Batch size (rows)').fill('10x');
  await expect(page.getByLabel('Batch size (rows)')).toHaveAccessibleDescription(/“x” is not a unit here/);
  await expect(editor.saveStatus).toHaveText(
    '2 fields not saved: Scheduled window (minutes), Batch size (rows)',
  );
  // The estimate already reads the 30,000 rows a second; the engine never saw "10x".
  await wizard.addComponent(ordersTable('180M', '1 KiB'));
  const estimate = page.getByRole('region', { name: 'Estimate' });
  await expect(estimate).toContainText('180,000,000');
  await expect(estimate).toContainText('171.7 GiB');
  await expect(estimate.getByTestId('estimate-duration')).toHaveText('1.7 h');

  await expect(editor.saveStatus).toHaveText(/^2 fields not saved/);
  await page.reload();

  await expect(page.getByLabel('Agreed by')).toHaveValue('Ops leads, 1 Dec');
  await expect(page.getByLabel('Rows per second on staging')).toHaveValue('30000');
  await expect(page.getByLabel('Batch size (rows)')).toHaveValue('10x');
  await expect(page.getByLabel('Batch size (rows)')).toHaveAccessibleDescription(/“x” is not a unit here/);
  await expect(minutes).toHaveAccessibleDescription('A scheduled window needs its length in minutes.');
  await expect(editor.saveStatus).toHaveText(
    '2 fields not saved: Scheduled window (minutes), Batch size (rows)',
  );

  // The status names each field as a link to it; fixing it takes it off the list.
  await editor.saveStatus.getByRole('button', { name: 'Batch size (rows)' }).click();
  await expect(page.getByLabel('Batch size (rows)')).toBeFocused();
  await page.getByLabel('Batch size (rows)').fill('10,000');
  await expect(editor.saveStatus).toHaveText('1 field not saved: Scheduled window (minutes)');
  await minutes.fill('240');
  await expect(editor.saveStatus).toHaveText('Saved');
  await page.reload();
  await expect(page.getByLabel('Batch size (rows)')).toHaveValue('10000');
  await expect(minutes).toHaveValue('240');
  await expect(editor.saveStatus).toHaveText('Saved');
});

test('a table cell keeps the text it refused over a reload, and a deleted row takes it along', async ({
  page,
}) => {
  const wizard = await WizardPage.onNewBlankPlan(page);
  const editor = wizard;
  await wizard.addComponent(ordersTable('1.2B', 180));
  await expect(page.getByRole('region', { name: 'Estimate' })).toContainText('Rows to migrate1.2 billion');
  const rows = page.getByLabel('Rows in orders');
  await rows.fill('12x');
  await expect(page.getByRole('table', { name: 'Components' })).toContainText('“x” is not a unit here');
  await expect(editor.saveStatus).toHaveText('1 field not saved: Rows in orders');
  // The plan still holds the last value the cell read.
  await expect(page.getByRole('region', { name: 'Estimate' })).toContainText('Rows to migrate1.2 billion');
  await page.reload();
  await expect(rows).toHaveValue('12x');
  await expect(editor.saveStatus).toHaveText('1 field not saved: Rows in orders');
  await page.getByRole('button', { name: 'Delete component orders' }).click();
  await expect(editor.saveStatus).toHaveText('Saved');
});
