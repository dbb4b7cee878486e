import { beforeEach, describe, expect, it } from 'vitest';
import { createBlankPlan, type Plan } from '../domain';
import { type DraftsRepository } from '../persistence';
import { freshRepository } from '../persistence/persistence-test-utils';
import { setServices } from './services';
import { testServices } from './testing/test-services';
import { useWorkbench } from './store';

let drafts: DraftsRepository;
const store = () => useWorkbench.getState();

/** The other tab: it saves straight to storage from the version it opened, as its own editor would. */
async function otherTabSaves(edit: (p: Plan) => Plan) {
  const loaded = await drafts.load('d1');
  if (!loaded.ok) throw new Error('no draft');
  const outcome = await drafts.save(edit(loaded.plan), { baseRevision: loaded.revision, readiness: null });
  if (!outcome.ok) throw new Error('the other tab could not save');
}

async function saved(): Promise<Plan> {
  const loaded = await drafts.load('d1');
  if (!loaded.ok) throw new Error('no draft');
  return loaded.plan;
}

beforeEach(async () => {
  drafts = freshRepository();
  await drafts.create(createBlankPlan({ id: 'd1', now: new Date(0), title: 'Shared' }));
  setServices(testServices({ drafts }));
  store().editorClosed();
  await store().draftOpened('d1');
});

describe('two tabs editing one draft', () => {
  it('merges edits to different fields: the other tab’s title and this tab’s summary are both saved', async () => {
    await otherTabSaves((p) => ({ ...p, title: 'Title from A' }));
    store().planEdited((p) => ({ ...p, summary: 'Summary from B' }));
    await store().editorFlushed();
    await store().editorFlushed();
    expect(await saved()).toMatchObject({ title: 'Title from A', summary: 'Summary from B' });
    expect(store().plan).toMatchObject({ title: 'Title from A', summary: 'Summary from B' });
    expect(store().saveStatus).toBe('saved');
    expect(store().mergeNotice).toContain('Title');
  });

  it('asks about a field both changed, saves nothing until answered, then keeps the chosen side', async () => {
    await otherTabSaves((p) => ({ ...p, title: 'Title from A', summary: 'Summary from A' }));
    store().planEdited((p) => ({ ...p, summary: 'Summary from B', owners: ['Bea'] }));
    await store().editorFlushed();
    expect(store().saveStatus).toBe('conflict');
    expect(store().mergeConflict?.fields).toEqual([
      {
        path: 'summary',
        label: 'Summary',
        base: '(empty)',
        mine: '“Summary from B”',
        theirs: '“Summary from A”',
      },
    ]);
    // The other tab's title shows here at once; storage still holds its version whole.
    expect(store().plan?.title).toBe('Title from A');
    expect(await saved()).toMatchObject({ summary: 'Summary from A', owners: [] });
    await store().conflictResolved({ summary: 'theirs' });
    await store().editorFlushed();
    expect(await saved()).toMatchObject({
      title: 'Title from A',
      summary: 'Summary from A',
      owners: ['Bea'],
    });
    expect(store().mergeConflict).toBeNull();
    expect(store().saveStatus).toBe('saved');
  });

  it('keeps this tab’s side when chosen, and merges again when the other tab saved once more', async () => {
    await otherTabSaves((p) => ({ ...p, summary: 'A1' }));
    store().planEdited((p) => ({ ...p, summary: 'B' }));
    await store().editorFlushed();
    expect(store().mergeConflict?.fields.map((f) => f.path)).toEqual(['summary']);
    await otherTabSaves((p) => ({ ...p, targetDate: '2027-01-02' }));
    await store().conflictResolved({ summary: 'mine' });
    await store().editorFlushed();
    await store().editorFlushed();
    expect(await saved()).toMatchObject({ summary: 'B', targetDate: '2027-01-02' });
  });
});
