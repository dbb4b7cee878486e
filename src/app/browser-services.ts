import { createDraftsRepository, openDatabase } from '../persistence';
import type { Services } from '../state';
import type { SqlAnalysisClient } from '../sql/worker/client';

/** The store's collaborators in a browser: IndexedDB, the network, the SQL worker, the clock. */
export function browserServices(): Services {
  const now = () => new Date();
  const opened = openDatabase();
  // The worker client (and the parser behind it) loads with the first plan that has SQL.
  let sqlClient: Promise<SqlAnalysisClient> | null = null;
  return {
    drafts: createDraftsRepository(
      opened.then((o) => o.db),
      now,
    ),
    storage: opened.then((o) => o.mode),
    persist: async () => {
      const storage = navigator.storage as StorageManager | undefined;
      if (!storage?.persist) return 'unsupported';
      if (await storage.persisted()) return 'persistent';
      return (await storage.persist()) ? 'persistent' : 'best-effort';
    },
    newId: () => crypto.randomUUID(),
    now,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    fetchText: async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    },
    analyseSql: async (input) => {
      sqlClient ??= import('../sql/worker/client').then((m) => m.createSqlAnalysisClient());
      const { text, dialect, tableRows } = input;
      return (await sqlClient).analyze({ text, dialect, tableRows });
    },
  };
}
