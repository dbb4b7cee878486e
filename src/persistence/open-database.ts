import { openWorkbenchDb, type WorkbenchDb } from './database';

export type StorageMode = { kind: 'indexeddb' } | { kind: 'memory'; reason: string };

/**
 * Opens the drafts database. When IndexedDB is missing, blocked (private modes, policies) or fails to
 * open, the app keeps working on an in-memory IndexedDB so nothing typed is lost in this tab; the UI
 * says so and offers an export. The in-memory implementation loads only in that case.
 */
export async function openDatabase(): Promise<{ db: WorkbenchDb; mode: StorageMode }> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null)
      throw new Error('this browser offers no IndexedDB');
    const db = openWorkbenchDb();
    await db.open();
    return { db, mode: { kind: 'indexeddb' } };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const db = openWorkbenchDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    return { db, mode: { kind: 'memory', reason } };
  }
}
