import { useEffect, useState } from 'react';
import type { Plan } from '../../domain';
import type { ShareRequest, ShareResponse } from './share-link.worker';

const chars = (n: number) => `${n.toLocaleString('en-US')} characters`;

type Share = ShareResponse['share'] & { url: string };

/** The link of the latest plan version: coming back to the step without an edit shows it at once. */
let last: { plan: Plan; share: Share } | null = null;

let worker: Worker | null = null;
/** One encoding at a time; while it runs only the newest plan waits (typing makes many versions). */
let running: Plan | null = null;
let queued: Plan | null = null;
const resolvers = new Map<Plan, Array<(share: Share) => void>>();

function start(plan: Plan): void {
  running = plan;
  if (!worker) {
    worker = new Worker(new URL('./share-link.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ShareResponse>) => {
      const done = running;
      if (!done) return;
      const share = {
        ...event.data.share,
        url: `${window.location.origin}/share#${event.data.share.fragment}`,
      };
      last = { plan: done, share };
      for (const resolve of resolvers.get(done) ?? []) resolve(share);
      resolvers.delete(done);
      running = null;
      const next = queued;
      queued = null;
      if (next) start(next);
    });
  }
  const request: ShareRequest = { plan, origin: window.location.origin };
  worker.postMessage(request);
}

/** Encodes in a worker (see share-link.worker.ts); the latest plan's link is kept for coming back. */
function shareOf(plan: Plan): Promise<Share> {
  if (last?.plan === plan) return Promise.resolve(last.share);
  return new Promise((resolve) => {
    resolvers.set(plan, [...(resolvers.get(plan) ?? []), resolve]);
    if (running === plan) return;
    if (running) {
      // A newer version replaces the one waiting: its link would be stale before it was shown.
      if (queued) resolvers.delete(queued);
      queued = plan;
    } else start(plan);
  });
}

export function ShareSection({ plan }: { plan: Plan }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [made, setMade] = useState<{ plan: Plan; share: Share } | null>(null);
  const cached = last?.plan === plan ? last.share : null;
  // Deflating a large plan takes a second or more: it happens in a worker, and the latest plan wins.
  useEffect(() => {
    if (cached) return;
    let current = true;
    void shareOf(plan).then((share) => {
      if (current) setMade({ plan, share });
    });
    return () => {
      current = false;
    };
  }, [plan, cached]);
  const share = cached ?? (made?.plan === plan ? made.share : null);

  const copy = () => {
    if (!share) return;
    navigator.clipboard.writeText(share.url).then(
      () => setCopied('Link copied.'),
      () => setCopied('The browser did not allow copying; select the link and copy it by hand.'),
    );
  };

  return (
    <section className="card no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share link</h2>
      <p>
        The whole plan, compressed into the part of the link after <code>#</code>. Browsers never send that
        part to a server: whoever opens the link sees a read-only preview and can save it as a draft of their
        own.
      </p>
      {share === null ? (
        <p className="muted" role="status">
          Preparing the link…
        </p>
      ) : share.fits ? (
        <>
          <label htmlFor="share-link">Share link</label>
          <div className="row">
            <input
              id="share-link"
              className="share-input"
              readOnly
              value={share.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="primary" onClick={copy}>
              Copy link
            </button>
          </div>
          <p className="muted" aria-live="polite">
            Link length: {chars(share.length)} (plan JSON {Math.round(share.fileBytes / 1024)} KB).{' '}
            {copied ?? ''}
          </p>
        </>
      ) : (
        <p className="banner banner-warning" role="status">
          This plan makes a link of {chars(share.length)}, too long for a browser (about 2 MB). Share the plan
          JSON file instead (Documents, above).
        </p>
      )}
    </section>
  );
}
