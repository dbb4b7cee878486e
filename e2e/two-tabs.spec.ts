import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

/** Tab A makes a draft; tab B opens it. Both show the plan details form. */
async function twoTabs(context: BrowserContext) {
  const pageA = await context.newPage();
  const a = new EditorPage(pageA);
  await new DraftsPage(pageA).goto();
  await new DraftsPage(pageA).createBlank();
  await a.saveTitle('Shared draft');
  const pageB = await context.newPage();
  const b = new EditorPage(pageB);
  await pageB.goto(pageA.url());
  await expect(b.title).toHaveText('Shared draft');
  await a.expandDetails();
  await b.expandDetails();
  return { pageA, pageB, a, b };
}

const question = (p: Page) => p.getByRole('region', { name: 'Changed in two tabs' });

test('an edit in one tab shows up in the other; a field both changed is asked about, with both versions', async ({
  context,
}) => {
  const { pageA, pageB, a } = await twoTabs(context);

  // A edits; B has nothing unsaved, so it shows A's edit.
  await a.saveTitle('Shared draft, edited in A');
  await expect(new EditorPage(pageB).title).toHaveText('Shared draft, edited in A');

  // Both edit the summary at once: the later save finds a newer revision and asks, showing both texts.
  await pageB.getByLabel('Summary').fill('Summary typed in B');
  await pageA.getByLabel('Summary').fill('Summary typed in A');
  const asked = async (p: Page) => (await question(p).count()) > 0;
  await expect.poll(async () => (await asked(pageA)) || (await asked(pageB)), { timeout: 10_000 }).toBe(true);
  const loser = (await asked(pageA)) ? pageA : pageB;
  const winner = loser === pageA ? pageB : pageA;
  const [mine, theirs] =
    loser === pageA
      ? ['Summary typed in A', 'Summary typed in B']
      : ['Summary typed in B', 'Summary typed in A'];
  const field = question(loser).getByRole('group', { name: 'Summary' });
  await expect(field.getByRole('radio', { name: `This tab: “${mine}”` })).toBeChecked();
  await field.getByRole('radio', { name: `The other tab: “${theirs}”` }).check();
  await question(loser).getByRole('button', { name: 'Save with these choices' }).click();
  await new EditorPage(loser).expectSaved();
  await expect(loser.getByLabel('Summary')).toHaveValue(theirs);
  await expect(winner.getByLabel('Summary')).toHaveValue(theirs);
  await winner.reload();
  await new EditorPage(winner).expandDetails();
  await expect(winner.getByLabel('Summary')).toHaveValue(theirs);
});

test('two tabs editing different fields at once both keep their edit, without a question', async ({
  context,
}) => {
  const { pageA, pageB } = await twoTabs(context);
  // Typed back to back, so both tabs hold unsaved edits when the first save lands.
  await pageA.getByLabel('Title', { exact: true }).fill('Title typed in A');
  await pageB.getByLabel('Summary').fill('Summary typed in B');

  for (const p of [pageA, pageB]) {
    await expect(new EditorPage(p).title).toHaveText('Title typed in A', { timeout: 10_000 });
    await expect(p.getByLabel('Summary')).toHaveValue('Summary typed in B', { timeout: 10_000 });
    await new EditorPage(p).expectSaved();
    await expect(question(p)).toHaveCount(0);
  }
  // The tab that merged says what it took from the other.
  const told = (p: Page) =>
    p.getByRole('status').filter({ hasText: 'Merged in the changes made in another tab' }).count();
  expect((await told(pageA)) + (await told(pageB))).toBe(1);
  await pageA.reload();
  const a = new EditorPage(pageA);
  await expect(a.title).toHaveText('Title typed in A');
  await a.expandDetails();
  await expect(pageA.getByLabel('Summary')).toHaveValue('Summary typed in B');
});
