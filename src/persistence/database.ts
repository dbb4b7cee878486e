import { Dexie, type EntityTable } from 'dexie';
import type { DraftRecord } from './records';
import { DB_NAME, DB_VERSIONS } from './schema-versions';

export type WorkbenchDb = Dexie & { drafts: EntityTable<DraftRecord, 'id'> };

/** Opens (and upgrades) the database. `indexedDB` is injectable so tests run on fake-indexeddb. */
export function openWorkbenchDb(
  options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): WorkbenchDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as WorkbenchDb;
  for (const { version, stores } of DB_VERSIONS) {
    db.version(version).stores(stores);
  }
  return db;
}
