import { describe, expect, it } from 'vitest';
import { draftPlan as plan, freshRepository } from './persistence-test-utils';

describe('backup and restore', () => {
  it('restores into an empty browser exactly', async () => {
    const source = freshRepository();
    await source.create(plan('a', 'Alpha'));
    await source.create(plan('b', 'Beta'));
    const file = await source.backupAll();
    const target = freshRepository();
    const report = await target.restoreBackup(file, () => 'unused');
    expect(report).toMatchObject({ added: ['Beta', 'Alpha'], unchanged: [], copies: [], rejected: [] });
    const loaded = await target.load('a');
    expect(loaded.ok && loaded.plan.title).toBe('Alpha');
  });

  it('never overwrites a local draft: identical ones are skipped, different ones come back as copies', async () => {
    const repo = freshRepository();
    await repo.create(plan('a', 'Alpha'));
    await repo.create(plan('b', 'Beta'));
    const file = await repo.backupAll();
    await repo.rename('b', 'Beta, edited after the backup');
    let n = 0;
    const report = await repo.restoreBackup(file, () => `copy-${(n += 1)}`);
    expect(report).toMatchObject({ added: [], unchanged: ['Alpha'], copies: ['Beta (restored 2026-11-25)'] });
    const local = await repo.load('b');
    expect(local.ok && local.plan.title).toBe('Beta, edited after the backup');
    expect((await repo.list()).map((d) => d.id).sort()).toEqual(['a', 'b', 'copy-1']);
  });

  it('names what is wrong in a bad backup and stores nothing', async () => {
    const repo = freshRepository();
    expect(await repo.restoreBackup('{"kind":"migration-plan"}', () => 'x')).toMatchObject({
      error: { message: expect.stringContaining('not a Migration Workbench backup') as unknown },
    });
    const bad = JSON.stringify({
      kind: 'migration-workbench-backup',
      formatVersion: 1,
      createdAt: 'x',
      drafts: [
        {
          plan: { kind: 'migration-plan', formatVersion: 1, id: 'z', title: '' },
          updatedAt: 'x',
          revision: 1,
        },
      ],
    });
    const report = await repo.restoreBackup(bad, () => 'x');
    expect(report).toMatchObject({
      rejected: [{ index: 0, message: expect.stringContaining('Draft 1: Invalid plan at') as unknown }],
    });
    expect(await repo.list()).toEqual([]);
  });

  it('gives restored drafts their readiness, so the list shows it without opening them', async () => {
    const source = freshRepository();
    await source.create(plan('a', 'Alpha'));
    const file = await source.backupAll();
    const target = freshRepository();
    const rated: string[] = [];
    await target.restoreBackup(
      file,
      () => 'unused',
      (p) => Promise.resolve((rated.push(p.id), { ready: false, blockers: 3, warnings: 0 })),
    );
    expect(rated).toEqual(['a']);
    expect((await target.list())[0]?.readiness).toEqual({ ready: false, blockers: 3, warnings: 0 });
  });
});
