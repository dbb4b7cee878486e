import { useEffect, useState } from 'react';
import { whenIdle } from '../../components/idle';
import type { Plan } from '../../domain';
import { encodeShareFragment } from '../../exporters/share-link';
import { exportPlanJson } from '../../exporters/plan-json';

const chars = (n: number) => `${n.toLocaleString('en-US')} characters`;

type Share = ReturnType<typeof encodeShareFragment> & { url: string; fileBytes: number };

/** The link of the latest plan version: coming back to the step without an edit shows it at once. */
let last: { plan: Plan; share: Share } | null = null;

function shareOf(plan: Plan): Share {
  if (last?.plan === plan) return last.share;
  const encoded = encodeShareFragment(plan, window.location.origin);
  const share = {
    ...encoded,
    url: `${window.location.origin}/share#${encoded.fragment}`,
    fileBytes: exportPlanJson(plan).length,
  };
  last = { plan, share };
  return share;
}

export function ShareSection({ plan }: { plan: Plan }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [made, setMade] = useState<{ plan: Plan; share: Share } | null>(null);
  const cached = last?.plan === plan ? last.share : null;
  // Deflating a large plan takes tens of milliseconds: it waits until the step is on screen and the
  // browser is idle (or a second has passed), so it never delays showing the step.
  useEffect(() => {
    if (cached) return;
    return whenIdle(() => setMade({ plan, share: shareOf(plan) }));
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
