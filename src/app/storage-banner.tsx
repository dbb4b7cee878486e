import { useEffect, useState } from 'react';
import { downloadText } from '../components/download';
import { useWorkbench, type StorageMode, type TabInfo } from '../state';

type MemoryMode = Extract<StorageMode, { kind: 'memory' }>;

/** A tab as the person finds it among their tabs: by its draft or its page, and when it was opened. */
function tabName(tab: TabInfo): string {
  const what = tab.draftTitle
    ? `the tab with “${tab.draftTitle}”`
    : tab.path === '/' || tab.path === ''
      ? 'the tab with the plans list'
      : `the tab at ${tab.path}`;
  const opened = new Date(tab.openedAt);
  const at = Number.isNaN(opened.getTime())
    ? ''
    : `, opened at ${opened.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
  return what + at;
}

/** Why drafts are in memory, and what the person can do about it. */
function Cause({ mode }: { mode: MemoryMode }) {
  if (mode.cause === 'timeout') {
    return (
      <>
        {mode.reason.charAt(0).toUpperCase() + mode.reason.slice(1)}. Your work lives in this tab only: export
        it before you close the tab. Reloading the tab later may bring storage back.
      </>
    );
  }
  if (mode.cause === 'blocked') {
    const who =
      mode.blockers.length > 0
        ? `It is held by ${mode.blockers.map(tabName).join('; ')}.`
        : 'The tab holding it does not say which it is (an older version of the app, or another window).';
    return (
      <>
        Another tab of Migration Workbench holds the drafts database open at an older version and does not let
        this tab upgrade it. {who} Close that tab, then reload this one. Until then your work lives in this
        tab only: export it before you close the tab.
      </>
    );
  }
  return (
    <>
      This browser refused its storage ({mode.reason}). Your work lives in this tab only: export it before you
      close the tab.
    </>
  );
}

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
        <strong>Drafts are not being saved.</strong> <Cause mode={mode} />
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
