import { useEffect, useState } from 'react';
import { downloadText } from '../components/download';
import { useWorkbench } from '../state';

/** Where drafts live, said plainly; a tab-only session gets a warning that does not go away. */
export function StorageBanner() {
  const mode = useWorkbench((s) => s.storageMode);
  const storageChecked = useWorkbench((s) => s.storageChecked);
  const draftsBackedUp = useWorkbench((s) => s.draftsBackedUp);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (checked) return;
    setChecked(true);
    void storageChecked();
  }, [checked, storageChecked]);
  if (mode?.kind !== 'memory') return null;
  const exportAll = async () => {
    const text = await draftsBackedUp();
    if (text !== null)
      downloadText(`migration-workbench-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
  };
  return (
    <div className="banner banner-warning storage-banner" role="alert">
      <span>
        <strong>Drafts are not being saved.</strong> This browser refused its storage ({mode.reason}). Your
        work lives in this tab only: export it before you close the tab.
      </span>
      <button type="button" onClick={() => void exportAll()}>
        Export all drafts
      </button>
    </div>
  );
}

export function PersistenceStatus() {
  const persistence = useWorkbench((s) => s.persistence);
  const mode = useWorkbench((s) => s.storageMode);
  if (mode?.kind !== 'indexeddb' || persistence === null) return null;
  const text =
    persistence === 'persistent'
      ? 'Storage is persistent: the browser will not clear your drafts to free space.'
      : persistence === 'best-effort'
        ? 'Storage is best-effort: the browser may clear drafts under storage pressure. Keep backups.'
        : 'This browser cannot promise persistent storage. Keep backups.';
  return (
    <p className="muted storage-status" data-persistence={persistence}>
      {text}
    </p>
  );
}
