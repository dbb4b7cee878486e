import type { DraftsRepository, StorageMode } from '../persistence';
import type { SqlSlotInput } from '../sql/plan-slots';
import type { AnalyzeOutcome } from './sql-analysis-scheduler';

/**
 * Side-effecting collaborators of the store, injected once by the app (app/browser-services.ts) so
 * that the store never reaches for a worker, a network or IndexedDB itself, and tests can swap them.
 */
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
  /** Analyses one script (the app runs the parser in a worker). */
  analyseSql: (input: SqlSlotInput) => Promise<AnalyzeOutcome>;
};

let services: Services | null = null;

export function setServices(next: Services): void {
  services = next;
}

export function getServices(): Services {
  if (!services) throw new Error('The store has no services: call setServices() before using it.');
  return services;
}
