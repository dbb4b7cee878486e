import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { createDraftsRepository } from '../persistence';
import { freshDb, steppingClock } from '../persistence/persistence-test-utils';
import { DRAFTS_PAGE_SIZE } from './drafts-slice';
import { setServices } from './services';
import { useWorkbench } from './store';
import { PLAN_TEMPLATES } from './templates';

describe('drafts list loading', () => {
  it('shows the newest page and the total first, then every draft for sorting and filtering', async () => {
    const drafts = createDraftsRepository(freshDb().db, steppingClock());
    const count = DRAFTS_PAGE_SIZE + 5;
    for (let i = 0; i < count; i += 1)
      await drafts.create(createBlankPlan({ id: `d${i}`, now: new Date(0), title: `Plan ${i}` }));
    setServices({
      drafts,
      newId: () => 'unused',
      now: () => new Date('2026-11-25T08:00:00.000Z'),
      fetchText: () => Promise.reject(new Error('no network in tests')),
      storage: Promise.resolve({ kind: 'indexeddb' }),
      persist: () => Promise.resolve('best-effort'),
    });
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
  it('loads the template file, gives the copy its own id and time, and stores its readiness', async () => {
    const drafts = createDraftsRepository(freshDb().db, steppingClock());
    const fetched: string[] = [];
    setServices({
      drafts,
      newId: () => 'from-template',
      now: () => new Date('2026-11-25T08:00:00.000Z'),
      fetchText: (url) => {
        fetched.push(url);
        return Promise.resolve(readFileSync(new URL(`../../public${url}`, import.meta.url), 'utf8'));
      },
      storage: Promise.resolve({ kind: 'indexeddb' }),
      persist: () => Promise.resolve('best-effort'),
    });
    expect(PLAN_TEMPLATES).toHaveLength(8);
    const id = await useWorkbench.getState().templateDraftCreated('mysql-gh-ost');
    expect(id).toBe('from-template');
    expect(fetched).toEqual(['/templates/mysql-gh-ost.json']);
    const loaded = await drafts.load('from-template');
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.plan.createdAt).toBe('2026-11-25T08:00:00.000Z');
    expect(loaded.plan.title).toContain('gh-ost');
    const listed = useWorkbench.getState().drafts?.find((d) => d.id === 'from-template');
    expect(listed?.readiness).toMatchObject({ ready: false });

    expect(await useWorkbench.getState().templateDraftCreated('nope')).toBeNull();
    expect(useWorkbench.getState().draftsError).toContain('there is no template "nope"');
  });
});
