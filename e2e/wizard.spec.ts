import { expect, test } from '@playwright/test';
import { WizardPage } from './pages/wizard-page';

test('a person plans a 120M-row zero-downtime migration until the engine says go', async ({ page }) => {
  test.setTimeout(90_000);
  const wizard = await WizardPage.startNew(page, 'blank');
  await wizard.setTitle('payments: split amount into amount_minor and currency');

  // 1. The assessment of a realistic case.
  await wizard.assess({
    scope: ['Schema', 'Data'],
    downtime: 'Zero downtime',
    components: [
      {
        name: 'payments',
        kind: 'table',
        team: 'Payments',
        stateful: true,
        rows: 120_000_000,
        avgRowBytes: 220,
      },
      { name: 'checkout-api', kind: 'service', role: 'consumer', team: 'Checkout' },
      { name: 'ledger-service', kind: 'service', role: 'consumer', team: 'Finance' },
    ],
  });
  await wizard.addDependency('payments', 'checkout-api');
  await wizard.addDependency('payments', 'ledger-service');
  await expect(page.getByRole('list', { name: 'Downstream consumers to notify' })).toContainText(
    'checkout-api (Checkout)',
  );
  await expect(page.getByRole('list', { name: 'Wave order' })).toContainText(
    'Wave 2 checkout-api, ledger-service',
  );
  await expect(page.getByRole('region', { name: 'Estimate' })).toContainText('120,000,000');

  // 2. Zero downtime on a stateful table changed in place: blue-green with expand-contract (DC-02), and
  // batch the backfill. Once traffic can be split by flags, a canary.
  await wizard.setDataMove('payments', 'Stays (changed in place)');
  await expect(wizard.panel).toContainText(/Recommended strategy\s*blue-green \(DC-02\)/);
  await wizard.setTrafficSplit('Yes');
  await expect(wizard.panel).toContainText(/Recommended strategy\s*canary \(ST-10, DC-02\)/);
  await expect(wizard.panel).toContainText(/Data approach\s*expand-contract \(DC-02/);
  expect(await wizard.ruleIds('Warnings')).toContain('DC-04');

  // 3. The questions it asks, with the plan's own values; with no window, none asks to extend one.
  await expect(wizard.group('Questions')).toContainText(
    'Components owned by teams `Payments`, `Checkout` and `Finance`',
  );
  await expect(wizard.group('Questions')).not.toContainText('extend the window');

  // 4. Resolve every blocker through the UI.
  expect(await wizard.ruleIds('Blockers')).toEqual(
    expect.arrayContaining(['GR-01', 'GR-03', 'GR-06', 'GR-08']),
  );
  await wizard.group('Blockers').getByRole('button', { name: /GR-03/ }).click();
  await expect(page).toHaveURL(/\/execution$/);
  await expect(page.getByRole('checkbox', { name: 'Backups verified and restorable.' })).toBeFocused();
  await wizard.tickChecklist('Backups verified and restorable.');
  // A plan with data needs phases, each gated by an integrity check (GR-06).
  await page.getByRole('button', { name: 'Add phase' }).click();
  await page.getByRole('button', { name: /^Phase 1/ }).click();
  await page.getByRole('button', { name: 'Add integrity check to Phase 1' }).click();
  await wizard.openStep('Rollback');
  await wizard.recordRollbackTest({
    environment: 'staging-eu1 (prod snapshot)',
    date: '2026-11-20',
    result: 'Passed',
  });
  await expect(wizard.verdict).toContainText('Go: ready to migrate');
  await expect(page.locator('.readiness-badge')).toHaveText('Ready');

  // Choosing differently asks for a justification, and the engine's finding stays visible.
  await wizard.openStep('Strategy');
  await page.getByRole('radio', { name: 'Blue-green' }).check();
  await expect(
    page.getByText('You chose differently from the recommendation: say why (required).'),
  ).toBeVisible();
  expect(await wizard.ruleIds('Warnings')).toContain('ST-10');
  await page
    .getByLabel('Justification for differing from the recommendation')
    .fill('The platform team already runs blue-green for payments.');
  await expect(
    page.getByText('You chose differently from the recommendation: say why (required).'),
  ).toHaveCount(0);

  // 5. Reload: everything is still there.
  await wizard.expectSaved();
  await page.reload();
  await expect(wizard.verdict).toContainText('Go: ready to migrate');
  await expect(page.getByRole('radio', { name: 'Blue-green' })).toBeChecked();
  await wizard.openStep('Assessment');
  await expect(wizard.componentsTable.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByLabel('Rows in payments')).toHaveValue('120000000');
  await wizard.openStep('Rollback');
  await expect(page.getByRole('list', { name: 'Recorded rollback tests' })).toContainText(
    'staging-eu1 (prod snapshot)',
  );
});

test('invalid input is explained inline and never reaches the plan', async ({ page }) => {
  const wizard = await WizardPage.onNewBlankPlan(page);
  await wizard.addComponent({
    name: 'orders',
    kind: 'table',
    role: 'migrating',
    team: 'Core',
    stateful: true,
    rows: 1000,
    avgRowBytes: 100,
  });
  await page.getByLabel('Rows in orders').fill('-5');
  await expect(page.getByText('Cannot be negative.')).toBeVisible();
  await page.getByLabel('Window length (minutes)').fill('0');
  await expect(page.getByText('The window length must be greater than zero.')).toBeVisible();
  await wizard.openStep('Execution');
  await wizard.openStep('Assessment');
  // The refused text stays in its cell with its message (nothing typed is lost), and the plan keeps the
  // last valid value: the estimate still counts 1,000 rows.
  await expect(page.getByLabel('Rows in orders')).toHaveValue('-5');
  await expect(page.getByLabel('Rows in orders')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Cannot be negative.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Estimate' })).toContainText('Rows to migrate1,000');
});

test('phases reorder with the keyboard', async ({ page }) => {
  const wizard = await WizardPage.startNew(page, 'example');
  await wizard.openStep('Execution');
  const names = () => page.locator('.phase-toggle strong').allTextContents();
  const first = await names();
  await page
    .getByRole('button', { name: /^Move Migrate: swap columns/ })
    .filter({ hasText: '↑' })
    .focus();
  await page.keyboard.press('Enter');
  expect((await names())[1]).toBe(first[2]);
  await page.keyboard.press('Alt+ArrowDown');
  expect(await names()).toEqual(first);
});

test('a dependency is picked with the keyboard alone, from a list filtered by what is typed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await WizardPage.startNew(page, 'example');
  const edges = page.getByRole('list', { name: 'Dependencies' }).getByRole('listitem');
  const from = page.getByRole('combobox', { name: 'Component', exact: true });
  await from.focus();
  const before = await edges.count();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  // ArrowDown opens the whole list; typing narrows it; Escape closes without choosing.
  await page.keyboard.press('ArrowDown');
  await expect(from).toHaveAttribute('aria-expanded', 'true');
  const listed = page.getByRole('listbox', { name: 'Components' }).getByRole('option');
  const all = await listed.count();
  expect(all).toBeGreaterThan(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(from).toHaveValue('');

  const names = await page
    .getByLabel(/^Name of /)
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const [a, b] = [names[names.length - 1] ?? '', names[0] ?? ''];
  await page.keyboard.type(a.slice(0, 4));
  expect(await listed.count()).toBeLessThanOrEqual(all);
  // Arrow to the option with the exact name, its id is the active descendant; Enter picks it.
  for (
    let i = 0;
    i < 30 && (await page.locator('[role=option][aria-selected=true]').textContent()) !== a;
    i += 1
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(from).toHaveValue(a);
  await expect(page.getByRole('listbox')).toHaveCount(0);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'is consumed by', exact: true })).toBeFocused();
  await page.keyboard.type(b);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'is consumed by', exact: true })).toHaveValue(b);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add dependency' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edges).toHaveCount(before + 1);
  await expect(edges.last()).toContainText(`${a} is consumed by ${b}`);
  // The form is ready for the next one: the second box is cleared.
  await expect(page.getByRole('combobox', { name: 'is consumed by', exact: true })).toHaveValue('');
});

test('a step already drawn shows what another step changed: phases renamed and reordered in Execution', async ({
  page,
}) => {
  const wizard = await WizardPage.startNew(page, 'example');
  // Rollback is drawn first, then hidden while Execution is edited.
  await wizard.openStep('Rollback');
  const ponr = page.getByLabel('Is there a point after which rollback loses data?');
  await ponr.selectOption({ label: 'Yes' });
  const afterPhase = page.getByLabel('After phase');
  const before = await afterPhase.locator('option').allTextContents();

  await wizard.openStep('Execution');
  await page.locator('.phase-toggle').first().click();
  await page.getByLabel('Name of phase 1').fill('Expand: renamed in Execution');
  await page.getByRole('button', { name: 'Move Expand: renamed in Execution down' }).click();

  await wizard.openStep('Rollback');
  await expect(page.getByLabel('Is there a point after which rollback loses data?')).toHaveValue('yes');
  // The first phase, renamed, is now second: the options are numbered by position.
  const movedUp = (before[2] ?? '').replace(/^2\./, '1.');
  await expect(page.getByLabel('After phase').locator('option')).toHaveText([
    'Choose a phase',
    movedUp,
    '2. Expand: renamed in Execution',
    ...before.slice(3),
  ]);
});
