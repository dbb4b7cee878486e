import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import type { TabInfo } from './tab-registry';

const tab = (dbVersion: number | null, draftTitle: string): TabInfo => ({
  tabId: draftTitle,
  openedAt: '2026-12-01T10:00:00.000Z',
  path: '/',
  draftTitle,
  dbVersion,
});

describe('openDatabase', () => {
  it('opens IndexedDB when it answers', async () => {
    const { db, mode } = await openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'ok' });
    expect(mode).toEqual({ kind: 'indexeddb' });
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('works in memory, saying so, when an open never answers', async () => {
    const real = new IDBFactory();
    // Requests that never fire, as a wedged browser storage process gives them.
    const hung = {
      open: () => new EventTarget() as IDBOpenDBRequest,
      deleteDatabase: (name: string) => real.deleteDatabase(name),
      cmp: (a: unknown, b: unknown) => real.cmp(a, b),
      databases: () => real.databases(),
    } satisfies IDBFactory;
    const { db, mode } = await openDatabase({ indexedDB: hung, IDBKeyRange, timeoutMs: 100 });
    expect(mode).toEqual({
      kind: 'memory',
      cause: 'timeout',
      reason: "the browser's storage (IndexedDB) did not answer within 0.1 s",
    });
    await db.drafts.add({ id: 'x', title: 'kept in memory', updatedAt: '', revision: 1 } as never);
    expect(await db.drafts.count()).toBe(1);
  });

  it('names the tabs holding an older version when one ignores the request to close', async () => {
    const factory = new IDBFactory();
    // An older build's connection at Dexie version 1 (IndexedDB 10) with no versionchange handler.
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('held', 10);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
      open.onsuccess = () => resolve();
      open.onerror = () => reject(new Error('could not set up the old connection'));
    });
    const { mode } = await openDatabase({
      indexedDB: factory,
      IDBKeyRange,
      name: 'held',
      blockedGraceMs: 20,
      whoIsThere: () => Promise.resolve([tab(1, 'Orders plan'), tab(2, 'Other plan'), tab(null, 'Waiting')]),
    });
    expect(mode).toMatchObject({ kind: 'memory', cause: 'blocked', heldVersion: 1 });
    expect(mode.kind === 'memory' && mode.cause === 'blocked' && mode.blockers).toEqual([
      tab(1, 'Orders plan'),
    ]);
  });
});
