import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage, STEP_LABELS } from './pages/editor-page';

test('no serious or critical accessibility violations on the drafts list and every step', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await EditorPage.startNew(page, 'example');
  const drafts = new DraftsPage(page);
  await page.goto('/');
  await expect(drafts.table).toBeVisible();
  const scan = async (where: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${where}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  };
  await scan('drafts list');
  await drafts
    .row(/orders: int to bigint/)
    .getByRole('link')
    .click();
  const steps = new EditorPage(page);
  for (const label of STEP_LABELS) {
    await steps.openStep(label);
    await scan(label);
  }
});
