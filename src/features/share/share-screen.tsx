import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { LoadIssues } from '../../components/load-issues';
import { Notice } from '../../components/notice';
import { Link } from '../../components/router';
import { draftsPath, planPath } from '../../components/routes';
import { decodeShareFragment } from '../../exporters/share-link';
import { useWorkbench } from '../../state';
import { SharePreview } from './share-preview';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const currentHash = () => window.location.hash;

/** `/share#<plan>`: a read-only preview of a plan someone sent; nothing is stored until asked. */
export function ShareScreen() {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const loaded = useMemo(() => decodeShareFragment(hash), [hash]);
  const planImported = useWorkbench((s) => s.planImported);
  const sharedPlanShown = useWorkbench((s) => s.sharedPlanShown);
  const shared = loaded.ok ? loaded.plan : null;
  // The store evaluates the shared plan as it does an open draft (SQL facts included): one verdict.
  useEffect(() => {
    sharedPlanShown(shared);
    return () => sharedPlanShown(null);
  }, [shared, sharedPlanShown]);
  const [saved, setSaved] = useState<
    { id: string; title: string; newId: boolean } | { error: string } | null
  >(null);
  const [saving, setSaving] = useState(false);

  if (!loaded.ok) {
    return (
      <main className="page" aria-labelledby="share-heading">
        <h1 id="share-heading">This share link cannot be opened</h1>
        <p className="banner banner-error" role="alert">
          {loaded.error.message}
        </p>
        <LoadIssues issues={loaded.error.issues} />
        <Link href={draftsPath()}>Go to your plans</Link>
      </main>
    );
  }

  const save = () => {
    setSaving(true);
    void planImported(loaded.plan, loaded.upgradedFrom)
      .then((outcome) => setSaved(outcome.ok ? outcome : { error: outcome.error.message }))
      .finally(() => setSaving(false));
  };

  return (
    <main className="page" aria-labelledby="share-heading">
      <p className="banner banner-info">
        A shared plan, read-only. It came in this link and has not been sent anywhere; nothing is saved unless
        you save it.
      </p>
      <div className="page-head">
        <h1 id="share-heading">{loaded.plan.title}</h1>
        <div className="page-actions">
          <button
            type="button"
            className="primary"
            disabled={saving || (saved !== null && !('error' in saved))}
            onClick={save}
          >
            Save as a new draft
          </button>
        </div>
      </div>
      <Notice text={saved && 'error' in saved ? saved.error : null} banner />
      {saved && !('error' in saved) ? (
        <p className="banner banner-info" role="status">
          Saved as a draft.{' '}
          {saved.newId
            ? 'You already had a draft with the same id, so this one was saved under a new id; yours is unchanged. '
            : ''}
          <Link href={planPath(saved.id)}>Open “{saved.title}”</Link>
        </p>
      ) : null}
      <SharePreview plan={loaded.plan} />
    </main>
  );
}
