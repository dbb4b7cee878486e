import type { Transaction } from 'dexie';
import { splitPlanBodies } from './upgrades';

/**
 * Every Dexie schema version the app has ever shipped, in order. Append only: a new version adds a row
 * (with an upgrade when records change shape) and a fixture in fixtures/ so the upgrade test covers it.
 */
export const DB_NAME = 'migration-workbench';

/** Object store names, for code that must write IndexedDB without Dexie (e2e seeding, benches). */
export const SUMMARIES_STORE = 'drafts';
export const BODIES_STORE = 'planBodies';

export type DbVersion = {
  version: number;
  stores: Record<string, string>;
  /** Moves records written by the previous version into this version's layout, losing nothing. */
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: { drafts: 'id, updatedAt' },
  },
  {
    // v1 kept each whole plan in `drafts`, so listing read every plan. v2 keeps the list's summary
    // there and the plan in `planBodies`, keyed by the same id.
    version: 2,
    stores: { [SUMMARIES_STORE]: 'id, updatedAt', [BODIES_STORE]: 'id' },
    upgrade: splitPlanBodies,
  },
];

export const CURRENT_DB_VERSION = DB_VERSIONS.at(-1)?.version ?? 1;
