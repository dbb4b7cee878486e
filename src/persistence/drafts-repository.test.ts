import { describe, expect, it } from 'vitest';
import { createDraftsRepository } from './drafts-repository';
import { draftPlan as plan, freshDb, freshRepository, steppingClock } from './persistence-test-utils';

describe('drafts repository', () => {
  it('creates and reads back a validated plan', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Alpha'));
    const loaded = await repo.load('a');
    expect(loaded.ok && loaded.plan.title).toBe('Alpha');
    expect(loaded.ok && loaded.revision).toBe(1);
  });

  it('lists newest first', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'First'));
    await repo.create(plan('b', 'Second'));
    await repo.create(plan('c', 'Third'));
    expect((await repo.list()).map((d) => d.title)).toEqual(['Third', 'Second', 'First']);
    await repo.rename('a', 'First, renamed');
    expect((await repo.list()).map((d) => d.id)).toEqual(['a', 'c', 'b']);
  });

  it('reads the newest page and the total without reading every draft', async () => {
    const repo = freshRepository();
    for (const id of ['a', 'b', 'c', 'd']) await repo.create(plan(id, id.toUpperCase()));
    expect(await repo.listNewest(2)).toMatchObject({ drafts: [{ id: 'd' }, { id: 'c' }], total: 4 });
    expect((await repo.listNewest(10)).drafts.map((d) => d.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('renames both the summary and the plan inside', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Old'));
    await repo.rename('a', 'New title');
    const loaded = await repo.load('a');
    expect(loaded.ok && loaded.plan.title).toBe('New title');
    expect((await repo.list())[0]?.title).toBe('New title');
  });

  it('duplicates under a new id and a new title', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Orders'));
    const copy = await repo.duplicate('a', 'b');
    expect(copy?.id).toBe('b');
    const loaded = await repo.load('b');
    expect(loaded.ok && loaded.plan.title).toBe('Copy of Orders');
    expect(loaded.ok && loaded.plan.id).toBe('b');
    expect(await repo.list()).toHaveLength(2);
  });

  it('deletes and restores (undo)', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Keep'));
    await repo.create(plan('b', 'Delete me'));
    const removed = await repo.remove('b');
    expect((await repo.list()).map((d) => d.id)).toEqual(['a']);
    expect((await repo.load('b')).ok).toBe(false);
    await repo.restore(removed!);
    expect((await repo.list()).map((d) => d.id).sort()).toEqual(['a', 'b']);
  });

  it('saves with a revision and refuses a stale write', async () => {
    const repo = freshRepository();
    const p = plan('a', 'v1');
    await repo.create(p);
    const first = await repo.save({ ...p, title: 'v2' }, { baseRevision: 1, readiness: null });
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const stale = await repo.save({ ...p, title: 'stale' }, { baseRevision: 1, readiness: null });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    const loaded = await repo.load('a');
    expect(loaded.ok && loaded.plan.title).toBe('v2');
  });

  it('refuses a stored record that is not a valid plan, naming the field', async () => {
    const { db } = freshDb();
    const repo = createDraftsRepository(db, steppingClock());
    await db.drafts.put({
      id: 'x',
      title: 'x',
      strategy: null,
      readiness: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
    });
    await db.planBodies.put({
      id: 'x',
      plan: { kind: 'migration-plan', formatVersion: 1, id: 'x', title: '', createdAt: 'nope' },
    });
    const loaded = await repo.load('x');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toMatch(/title|createdAt/);
  });

  it('keeps the list row apart from the plan: listing reads no plan, every write updates both', async () => {
    const { db } = freshDb();
    const repo = createDraftsRepository(db, steppingClock());
    const p = plan('a', 'Alpha');
    await repo.create(p, { ready: false, blockers: 2, warnings: 1 });
    const [row] = await repo.list();
    expect(row).toEqual({
      id: 'a',
      title: 'Alpha',
      strategy: null,
      readiness: { ready: false, blockers: 2, warnings: 1 },
      updatedAt: '2026-11-25T08:00:01.000Z',
      revision: 1,
    });
    await repo.save({ ...p, title: 'Alpha 2' }, { baseRevision: 1, readiness: null });
    expect(await db.drafts.get('a')).toMatchObject({ title: 'Alpha 2', revision: 2, readiness: null });
    expect((await db.planBodies.get('a'))?.plan).toMatchObject({ title: 'Alpha 2' });
    await repo.rename('a', 'Alpha 3');
    expect((await db.planBodies.get('a'))?.plan).toMatchObject({ title: 'Alpha 3' });
    const removed = await repo.remove('a');
    expect(await db.drafts.count()).toBe(0);
    expect(await db.planBodies.count()).toBe(0);
    await repo.restore(removed!);
    expect(await db.drafts.get('a')).toMatchObject({ title: 'Alpha 3', revision: 3 });
    expect((await db.planBodies.get('a'))?.plan).toMatchObject({ title: 'Alpha 3' });
  });

  it('writes summary and plan atomically: when the plan cannot be stored, neither is', async () => {
    const { db } = freshDb();
    const repo = createDraftsRepository(db, steppingClock());
    const p = plan('a', 'Before');
    await repo.create(p);
    // The plan half fails after the summary half was written in the same transaction.
    db.planBodies.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    db.planBodies.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await repo.save({ ...p, title: 'After' }, { baseRevision: 1, readiness: null });
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' });
    expect(await db.drafts.get('a')).toMatchObject({ title: 'Before', revision: 1 });
    await expect(repo.create(plan('b', 'New'))).rejects.toThrow();
    expect(await db.drafts.get('b')).toBeUndefined();
  });

  it('refuses to create a draft over an existing one, leaving it as it was', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Original'));
    await expect(repo.create(plan('a', 'Intruder'))).rejects.toThrow();
    const loaded = await repo.load('a');
    expect(loaded.ok && loaded.plan.title).toBe('Original');
  });
});
