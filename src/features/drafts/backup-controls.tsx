import { useRef, useState } from 'react';
import { downloadText } from '../../components/download';
import { useWorkbench, type RestoreOutcome } from '../../state';

/** Larger backups are refused before reading: 1,000 large drafts fit well inside it. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export function BackupControls() {
  const draftsBackedUp = useWorkbench((s) => s.draftsBackedUp);
  const backupRestored = useWorkbench((s) => s.backupRestored);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);

  const backup = async () => {
    const text = await draftsBackedUp();
    if (text !== null)
      downloadText(`migration-workbench-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
  };
  const restore = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES)
      return setOutcome({
        ok: false,
        message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; backups over 200 MB are refused.`,
      });
    setOutcome(await backupRestored(await file.text()));
    if (input.current) input.current.value = '';
  };

  return (
    <section className="backup" aria-label="Backup and restore">
      <div className="row">
        <button type="button" onClick={() => void backup()}>
          Back up all drafts
        </button>
        <label className="button-like">
          Restore from a backup…
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => void restore(e.target.files?.[0])}
          />
        </label>
      </div>
      {outcome ? (
        outcome.ok ? (
          <p className="banner banner-info" role="status">
            Restored: {outcome.added.length} added, {outcome.unchanged.length} already here,{' '}
            {outcome.copies.length} kept beside a different local version
            {outcome.copies.length > 0 ? ` (${outcome.copies.join('; ')})` : ''}
            {outcome.rejected.length > 0
              ? `. Not restored: ${outcome.rejected.map((r) => r.message).join(' ')}`
              : ''}
            .
          </p>
        ) : (
          <p className="banner banner-error" role="alert">
            {outcome.message}
          </p>
        )
      ) : null}
    </section>
  );
}
