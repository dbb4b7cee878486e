import { Dexie, type EntityTable } from 'dexie';
import type { DraftSummary, PlanBody } from './records';
import { DB_NAME, DB_VERSIONS } from './schema-versions';

export type WorkbenchDb = Dexie & {
  /** What the drafts list shows (see records.ts); the table kept its v1 name. */
  drafts: EntityTable<DraftSummary, 'id'>;
  planBodies: EntityTable<PlanBody, 'id'>;
};

/** Opens (and upgrades) the database. `indexedDB` is injectable so tests run on fake-indexeddb. */
export function openWorkbenchDb(
  options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): WorkbenchDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as WorkbenchDb;
  for (const { version, stores, upgrade } of DB_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
