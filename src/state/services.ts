import {
  createDraftsRepository,
  openDatabase,
  type DraftsRepository,
  type StorageMode,
} from '../persistence';

/** Side-effecting collaborators of the store, injected once so tests can swap them. */
export type Services = {
  drafts: DraftsRepository;
  newId: () => string;
  now: () => Date;
  /** The IANA zone of this browser: a new plan shows its times in it. Absent in tests: UTC. */
  timeZone?: () => string;
  fetchText: (url: string) => Promise<string>;
  /** Where drafts live: IndexedDB, or memory when the browser refuses IndexedDB. */
  storage: Promise<StorageMode>;
  /** Asks the browser to keep our storage under pressure; resolves to its answer. */
  persist: () => Promise<'persistent' | 'best-effort' | 'unsupported'>;
};

let services: Services | null = null;

export function browserServices(): Services {
  const now = () => new Date();
  const opened = openDatabase();
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
  };
}

export function setServices(next: Services): void {
  services = next;
}

export function getServices(): Services {
  if (!services) services = browserServices();
  return services;
}
