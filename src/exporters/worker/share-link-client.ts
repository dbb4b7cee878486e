/**
 * Page side of the share-link worker: one worker, kept, encoding one plan at a time. Typing makes many plan
 * versions; while one encodes only the newest waits, and the latest plan's link is kept for coming back.
 */
import type { Plan } from '../../domain';
import type { ShareRequest, ShareResponse } from './share-link-protocol';

export type ShareLink = ShareResponse['share'] & { url: string };

let last: { plan: Plan; share: ShareLink } | null = null;
let worker: Worker | null = null;
let running: { plan: Plan; origin: string } | null = null;
let queued: { plan: Plan; origin: string } | null = null;
const resolvers = new Map<Plan, Array<(share: ShareLink) => void>>();

function start(job: { plan: Plan; origin: string }): void {
  running = job;
  if (!worker) {
    worker = new Worker(new URL('./share-link.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ShareResponse>) => {
      const done = running;
      if (!done) return;
      const share = { ...event.data.share, url: `${done.origin}/share#${event.data.share.fragment}` };
      last = { plan: done.plan, share };
      for (const resolve of resolvers.get(done.plan) ?? []) resolve(share);
      resolvers.delete(done.plan);
      running = null;
      const next = queued;
      queued = null;
      if (next) start(next);
    });
  }
  const request: ShareRequest = { plan: job.plan, origin: job.origin };
  worker.postMessage(request);
}

/** The link of the latest plan shared, at once; null for any other plan. */
export const sharedLink = (plan: Plan): ShareLink | null => (last?.plan === plan ? last.share : null);

/** The plan's share link on `origin` (the page's), encoded in the worker. */
export function shareLinkOf(plan: Plan, origin: string): Promise<ShareLink> {
  const known = sharedLink(plan);
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    resolvers.set(plan, [...(resolvers.get(plan) ?? []), resolve]);
    if (running?.plan === plan) return;
    if (running) {
      // A newer version replaces the one waiting: its link would be stale before it was shown.
      if (queued) resolvers.delete(queued.plan);
      queued = { plan, origin };
    } else start({ plan, origin });
  });
}
