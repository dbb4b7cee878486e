import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { createDraftsRepository } from '../persistence';
import { freshDb, steppingClock } from '../persistence/persistence-test-utils';
import { DRAFTS_PAGE_SIZE } from './drafts-slice';
import { setServices } from './services';
import { testServices } from './testing/test-services';
import { useWorkbench } from './store';

describe('drafts list loading', () => {
  it('shows the newest page and the total first, then every draft for sorting and filtering', async () => {
    const drafts = createDraftsRepository(freshDb().db, steppingClock());
    const count = DRAFTS_PAGE_SIZE + 5;
    for (let i = 0; i < count; i += 1)
      await drafts.create(createBlankPlan({ id: `d${i}`, now: new Date(0), title: `Plan ${i}` }));
    setServices(testServices({ drafts, newId: () => 'unused' }));
    const seen: Array<{ firstPage: number | null; total: number | null; all: number | null }> = [];
    const stop = useWorkbench.subscribe((s) =>
      seen.push({
        firstPage: s.draftsFirstPage?.drafts.length ?? null,
        total: s.draftsFirstPage?.total ?? null,
        all: s.drafts?.length ?? null,
      }),
    );
    await useWorkbench.getState().draftsRequested();
    stop();
    expect(seen).toContainEqual({ firstPage: DRAFTS_PAGE_SIZE, total: count, all: null });
    expect(seen.at(-1)).toEqual({ firstPage: null, total: null, all: count });
    expect(useWorkbench.getState().drafts?.[0]?.title).toBe(`Plan ${count - 1}`);

    // Later visits read every draft at once: no flash of a partial list.
    const partial: unknown[] = [];
    const again = useWorkbench.subscribe((s) => {
      if (s.draftsFirstPage) partial.push(s.draftsFirstPage);
    });
    await useWorkbench.getState().draftsRequested();
    again();
    expect(partial).toEqual([]);
    expect(useWorkbench.getState().drafts).toHaveLength(count);
  });
});
