import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { freshRepository } from '../persistence/persistence-test-utils';
import { DRAFTS_PAGE_SIZE } from './drafts-slice';
import { setServices } from './services';
import { testServices } from './testing/test-services';
import { useWorkbench } from './store';
import { PLAN_TEMPLATES } from './templates';

describe('drafts list loading', () => {
  it('shows the newest page and the total first, then every draft for sorting and filtering', async () => {
    const drafts = freshRepository();
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

describe('new draft from a template', () => {
  it('loads the template file, gives the copy its own id and time, and works out its verdict', async () => {
    const drafts = freshRepository();
    const fetched: string[] = [];
    setServices(
      testServices({
        drafts,
        newId: () => 'from-template',
        fetchText: (url) => {
          fetched.push(url);
          return Promise.resolve(readFileSync(new URL(`../../public${url}`, import.meta.url), 'utf8'));
        },
      }),
    );
    expect(PLAN_TEMPLATES).toHaveLength(8);
    const id = await useWorkbench.getState().templateDraftCreated('mysql-gh-ost');
    expect(id).toBe('from-template');
    expect(fetched).toEqual(['/templates/mysql-gh-ost.json']);
    const loaded = await drafts.load('from-template');
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.plan.createdAt).toBe('2026-11-25T08:00:00.000Z');
    expect(loaded.plan.title).toContain('gh-ost');
    // The verdict arrives in the background, with the SQL analysed: a fresh plan's blockers.
    const row = () => useWorkbench.getState().drafts?.find((d) => d.id === 'from-template');
    for (let i = 0; i < 400 && (row()?.readiness?.checking ?? true); i += 1) {
      // Each visit to the list catches up the verdicts it lacks (one catch-up at a time).
      await useWorkbench.getState().draftsRequested();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(row()?.readiness).toMatchObject({ ready: false, blockerIds: ['GR-01', 'GR-03', 'GR-08'] });

    expect(await useWorkbench.getState().templateDraftCreated('nope')).toBeNull();
    expect(useWorkbench.getState().draftsError).toContain('there is no template "nope"');
  });
});
