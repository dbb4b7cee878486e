import { useEffect, useState } from 'react';
import type { Plan } from '../../domain';
import { sharedLink, shareLinkOf, type ShareLink } from '../../exporters/worker/share-link-client';

const chars = (n: number) => `${n.toLocaleString('en-US')} characters`;

export function ShareSection({ plan }: { plan: Plan }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [made, setMade] = useState<{ plan: Plan; share: ShareLink } | null>(null);
  const cached = sharedLink(plan);
  // Deflating a large plan takes a second or more: it happens in a worker, and the latest plan wins.
  useEffect(() => {
    if (cached) return;
    let current = true;
    void shareLinkOf(plan, window.location.origin).then((share) => {
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
