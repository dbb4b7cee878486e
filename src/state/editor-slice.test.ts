import { beforeEach, describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { createDraftsRepository, type DraftsRepository } from '../persistence';
import { freshDb, steppingClock } from '../persistence/persistence-test-utils';
import { setServices } from './services';
import { testServices } from './testing/test-services';
import { useWorkbench } from './store';

const store = () => useWorkbench.getState();
let reads: string[];

beforeEach(async () => {
  const drafts = createDraftsRepository(freshDb().db, steppingClock());
  await drafts.create(createBlankPlan({ id: 'd1', now: new Date(0), title: 'First' }));
  await drafts.create(createBlankPlan({ id: 'd2', now: new Date(0), title: 'Second' }));
  reads = [];
  const counted: DraftsRepository = {
    ...drafts,
    load: (id) => {
      reads.push(id);
      return drafts.load(id);
    },
  };
  setServices(testServices({ drafts: counted }));
  store().editorClosed();
});

describe('opening a draft', () => {
  it('reads it once when the page starts the read and the screen asks again before it is done', async () => {
    // The page starts reading at boot (app.tsx); the editor asks again when its code has loaded.
    const atBoot = store().draftOpened('d1');
    const onMount = store().draftOpened('d1');
    await Promise.all([atBoot, onMount]);
    expect(reads).toEqual(['d1']);
    expect(store().plan?.title).toBe('First');
    expect(store().openDraftId).toBe('d1');
  });

  it('reads again after the editor was closed, and a newer draft wins over the read under way', async () => {
    await store().draftOpened('d1');
    store().editorClosed();
    const first = store().draftOpened('d1');
    const second = store().draftOpened('d2');
    await Promise.all([first, second]);
    expect(reads).toEqual(['d1', 'd1', 'd2']);
    expect(store().openDraftId).toBe('d2');
    expect(store().plan?.title).toBe('Second');
  });
});
