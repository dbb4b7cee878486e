import { createDraftsRepository, openWorkbenchDb, type DraftsRepository } from '../persistence';

/** Side-effecting collaborators of the store, injected once so tests can swap them. */
export type Services = {
  drafts: DraftsRepository;
  newId: () => string;
  now: () => Date;
  fetchText: (url: string) => Promise<string>;
};

let services: Services | null = null;

export function browserServices(): Services {
  const now = () => new Date();
  return {
    drafts: createDraftsRepository(openWorkbenchDb(), now),
    newId: () => crypto.randomUUID(),
    now,
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
