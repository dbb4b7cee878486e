/**
 * Every Dexie schema version the app has ever shipped, in order. Append only: a new version adds a row
 * (with an upgrade when records change shape) and a fixture in fixtures/ so the upgrade test covers it.
 */
export const DB_NAME = 'migration-workbench';

export type DbVersion = {
  version: number;
  stores: Record<string, string>;
};

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: { drafts: 'id, updatedAt' },
  },
];

export const CURRENT_DB_VERSION = DB_VERSIONS.at(-1)?.version ?? 1;
