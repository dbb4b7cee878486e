import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

/**
 * Issue 20: a plan of many phases is drawn a chunk of phases per task (no frozen tab), yet every
 * phase is in the page, and a finding about a phase not drawn yet still takes focus to it.
 */

type Phase = {
  id: string;
  name: string;
  steps: Array<{ id: string }>;
  integrityChecks: Array<{ id: string }>;
};
type Plan = { id: string; title: string; execution: { phases: Phase[] } };
const example = JSON.parse(await readFile('public/examples/orders-bigint.json', 'utf8')) as Plan;

const COPIES = 116;
/** Index of the one phase without integrity checks: far past the first chunk. */
const UNCHECKED = 100;

function longPlan(): Plan {
  const [first, second, third, last] = example.execution.phases;
  if (!first || !second || !third || !last) throw new Error('the example has four phases');
  const copies = Array.from({ length: COPIES }, (_, i): Phase => {
    const n = i + 4;
    return {
      ...second,
      id: `ph-copy-${n}`,
      name: `Backfill slice ${n}`,
      steps: second.steps.map((s) => ({ ...s, id: `${s.id}-${n}` })),
      integrityChecks:
        n - 1 === UNCHECKED ? [] : second.integrityChecks.map((c) => ({ ...c, id: `${c.id}-${n}` })),
    };
  });
  const phases = [first, second, third, ...copies, last];
  return {
    ...example,
    id: 'long-plan',
    title: 'Long plan',
    execution: { ...example.execution, phases },
  };
}

test('a plan of 120 phases: every phase is in the page, and a finding about phase 101 focuses it', async ({
  page,
}) => {
  const plan = longPlan();
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await drafts.importPlan(plan, 'long-plan.json');
  // From another step: Execution has drawn only its first phases, hidden, when the link is followed.
  await page.goto(`/plans/${plan.id}/assessment`);
  await page
    .getByRole('region', { name: /^Blockers/ })
    .getByRole('listitem')
    .filter({ hasText: 'Phase "Backfill slice 101" has no integrity checks' })
    .getByRole('button', { name: /GR-06/ })
    .click();
  await expect(page).toHaveURL(/\/execution$/);
  await expect(page.getByRole('button', { name: /^Backfill slice 101\b/ })).toBeFocused();
  await expect(page.getByRole('listitem', { name: /^Phase 101: Backfill slice 101$/ })).toBeInViewport();
  // Every phase follows, for Tab, find and a screen reader's list.
  const phases = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Phase 1:/ }) });
  await expect(phases.getByRole('listitem', { name: /^Phase \d+:/ })).toHaveCount(COPIES + 4);
  await expect(phases).not.toHaveAttribute('aria-busy', 'true');
});

type Component = { id: string; name: string };
const COMPONENTS = 30;
/** A row of the table's first page past the rows drawn in its first frame (ten). */
const LATE_ROW = 16;

test('a long components table draws its first rows, then the page; a link to a later row still focuses it', async ({
  page,
}) => {
  const base = example as Plan & { assessment: { components: Component[] } };
  const [table] = base.assessment.components;
  if (!table) throw new Error('the example has components');
  const components = Array.from({ length: COMPONENTS }, (_, i) => ({
    ...table,
    id: `c-table-${i + 1}`,
    name: `table ${i + 1}`,
  }));
  const plan = { ...base, id: 'many-components', assessment: { ...base.assessment, components } };
  const drafts = new DraftsPage(page);
  await drafts.goto();
  await drafts.importPlan(plan, 'many-components.json');

  await page.goto(`/plans/${plan.id}/assessment`);
  const rows = page.getByRole('table', { name: 'Components' }).locator('tbody tr');
  await expect(rows).toHaveCount(25);
  await page.getByLabel(`Rows in table ${LATE_ROW}`).fill('12x');
  const status = new EditorPage(page).saveStatus;
  await expect(status).toHaveText(`1 field not saved: Rows in table ${LATE_ROW}`);

  // Opened on another step, Assessment's table is drawn hidden with its first rows only: the save
  // indicator's link to row 16 draws the rest and focuses the cell, with the text it kept.
  await page.goto(`/plans/${plan.id}/strategy`);
  await status.getByRole('button', { name: `Rows in table ${LATE_ROW}` }).click();
  await expect(page).toHaveURL(/\/assessment$/);
  await expect(page.getByLabel(`Rows in table ${LATE_ROW}`)).toBeFocused();
  await expect(page.getByLabel(`Rows in table ${LATE_ROW}`)).toHaveValue('12x');
  await expect(rows).toHaveCount(25);
});
