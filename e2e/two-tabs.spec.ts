import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage } from './pages/editor-page';

test('an edit in one tab shows up in the other; a conflicting edit asks which version to keep', async ({
  context,
}) => {
  const pageA = await context.newPage();
  const a = new EditorPage(pageA);
  await new DraftsPage(pageA).goto();
  await new DraftsPage(pageA).createBlank();
  await a.setTitle('Shared draft');
  await a.expectSaved();

  const pageB = await context.newPage();
  const b = new EditorPage(pageB);
  await pageB.goto(pageA.url());
  await expect(b.title).toHaveText('Shared draft');

  // A edits; B has nothing unsaved, so it shows A's edit.
  await a.setTitle('Shared draft, edited in A');
  await a.expectSaved();
  await expect(b.title).toHaveText('Shared draft, edited in A');

  // Both edit at once: the later save finds a newer revision and never overwrites it silently.
  await b.expandDetails();
  await pageB.getByLabel('Summary').fill('Summary typed in B');
  await a.expandDetails();
  await pageA.getByLabel('Summary').fill('Summary typed in A');
  const conflict = async (p: typeof pageA) =>
    (await p.getByRole('button', { name: 'Keep my version' }).count()) > 0;
  await expect
    .poll(async () => (await conflict(pageA)) || (await conflict(pageB)), { timeout: 10_000 })
    .toBe(true);
  const loser = (await conflict(pageA)) ? pageA : pageB;
  const winner = loser === pageA ? pageB : pageA;
  const loserText = loser === pageA ? 'Summary typed in A' : 'Summary typed in B';
  await expect(loser.getByRole('alert').filter({ hasText: 'another tab' })).toBeVisible();
  await loser.getByRole('button', { name: 'Keep my version' }).click();
  await new EditorPage(loser).expectSaved();
  // The other tab, with nothing unsaved, now shows the kept version.
  await expect(winner.getByLabel('Summary')).toHaveValue(loserText);
  await winner.reload();
  await new EditorPage(winner).expandDetails();
  await expect(winner.getByLabel('Summary')).toHaveValue(loserText);
});
