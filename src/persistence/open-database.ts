import { openWorkbenchDb, type WorkbenchDb } from './database';
import { CURRENT_DB_VERSION } from './schema-versions';
import { askOtherTabs, tabHoldsDatabase, type TabInfo } from './tab-registry';

/**
 * Where drafts live. In memory when the browser refuses IndexedDB (`refused`), when it never answers
 * (`timeout`), or when another tab holds an older version open and does not let go (`blocked`, with the
 * tabs that said they hold it).
 */
export type StorageMode =
  | { kind: 'indexeddb' }
  | { kind: 'memory'; cause: 'refused' | 'timeout'; reason: string }
  | { kind: 'memory'; cause: 'blocked'; reason: string; heldVersion: number; blockers: TabInfo[] };

/** A healthy open takes milliseconds; an open that has not answered in this long is a fault. */
export const OPEN_TIMEOUT_MS = 4_000;
/** How long a blocked upgrade waits for the other tab to let go before this tab works in memory. */
export const BLOCKED_GRACE_MS = 1_500;
/** An upgrade that has started is working, not hanging: it gets this long before it counts as hung. */
export const UPGRADE_TIMEOUT_MS = 60_000;

export interface OpenOptions {
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
  timeoutMs?: number;
  blockedGraceMs?: number;
  /** Asks the other tabs which of them holds the database (tab-registry.ts). */
  whoIsThere?: () => Promise<TabInfo[]>;
}

type Fault = { cause: 'timeout' } | { cause: 'blocked'; heldVersion: number };

/**
 * The browser's IndexedDB, watched: Dexie sets the request's on* handlers, and these listeners beside them
 * learn when an upgrade starts (so a long one is not taken for a hang) and when the open is blocked.
 */
function watched(
  factory: IDBFactory,
  on: { upgrade: () => void; blocked: (event: IDBVersionChangeEvent) => void },
): IDBFactory {
  return {
    open: (name, version) => {
      const request = factory.open(name, version);
      request.addEventListener('upgradeneeded', on.upgrade);
      request.addEventListener('blocked', (e) => on.blocked(e));
      return request;
    },
    deleteDatabase: (name) => factory.deleteDatabase(name),
    cmp: (a, b) => factory.cmp(a, b),
    databases: () => factory.databases(),
  } satisfies IDBFactory;
}

async function openWatched(factory: IDBFactory, options: OpenOptions): Promise<WorkbenchDb | Fault> {
  const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
  let upgradeStartedAt: number | null = null;
  let settle: (fault: Fault) => void = () => undefined;
  const fault = new Promise<Fault>((resolve) => (settle = resolve));
  const timers: ReturnType<typeof setTimeout>[] = [];
  const db = openWorkbenchDb({
    ...(options.name ? { name: options.name } : {}),
    indexedDB: watched(factory, {
      upgrade: () => (upgradeStartedAt = Date.now()),
      blocked: (event) => {
        const heldVersion = Math.floor(event.oldVersion / 10);
        timers.push(
          setTimeout(
            () => settle({ cause: 'blocked', heldVersion }),
            options.blockedGraceMs ?? BLOCKED_GRACE_MS,
          ),
        );
      },
    }),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  const tick = () => {
    const upgrading = upgradeStartedAt !== null && Date.now() - upgradeStartedAt < UPGRADE_TIMEOUT_MS;
    if (upgrading) timers.push(setTimeout(tick, 1_000));
    else settle({ cause: 'timeout' });
  };
  timers.push(setTimeout(tick, timeoutMs));
  try {
    const outcome = await Promise.race([db.open().then(() => db), fault]);
    // A fault leaves the request pending: closing cancels it, so a late answer is not used by this tab.
    if (outcome !== db) db.close();
    return outcome;
  } finally {
    for (const t of timers) clearTimeout(t);
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

async function inMemory(): Promise<WorkbenchDb> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = openWorkbenchDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
}

/**
 * Opens the drafts database. When IndexedDB is missing, refused (private modes, policies), fails, never
 * answers, or is held at an older version by a tab that ignores the request to close, the app keeps working
 * on an in-memory IndexedDB so nothing typed is lost in this tab; the UI says why and offers an export. The
 * in-memory implementation loads only in that case.
 */
export async function openDatabase(
  options: OpenOptions = {},
): Promise<{ db: WorkbenchDb; mode: StorageMode }> {
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  let mode: StorageMode;
  try {
    if (typeof factory === 'undefined' || factory === null)
      throw new Error('this browser offers no IndexedDB');
    const opened = await openWatched(factory, options);
    if (!('cause' in opened)) {
      tabHoldsDatabase(CURRENT_DB_VERSION);
      return { db: opened, mode: { kind: 'indexeddb' } };
    }
    if (opened.cause === 'timeout') {
      mode = {
        kind: 'memory',
        cause: 'timeout',
        reason: `the browser's storage (IndexedDB) did not answer within ${seconds(options.timeoutMs ?? OPEN_TIMEOUT_MS)}`,
      };
    } else {
      const tabs = await (options.whoIsThere ?? askOtherTabs)();
      mode = {
        kind: 'memory',
        cause: 'blocked',
        reason: `another tab holds the drafts database open at an older version (${opened.heldVersion}) and does not let it be upgraded`,
        heldVersion: opened.heldVersion,
        blockers: tabs.filter((t) => t.dbVersion === opened.heldVersion),
      };
    }
  } catch (err) {
    mode = { kind: 'memory', cause: 'refused', reason: err instanceof Error ? err.message : String(err) };
  }
  return { db: await inMemory(), mode };
}
