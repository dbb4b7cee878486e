import { useState, type ChangeEvent, type DragEvent } from 'react';
import { LoadIssues } from '../../components/load-issues';
import { Link } from '../../components/router';
import { planPath } from '../../components/routes';
import { useWorkbench } from '../../state';
import { DroppedKeysList } from './dropped-keys-list';

/** A plan file comes in by picker or drop, through the one load pipeline; never over a draft. */
export function ImportPlan() {
  const outcome = useWorkbench((s) => s.importOutcome);
  const planFilePicked = useWorkbench((s) => s.planFilePicked);
  const importDismissed = useWorkbench((s) => s.importDismissed);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);

  const importFile = (file: File) => {
    setReading(true);
    // The slice checks file.size before reading: an oversized file is refused unread.
    void planFilePicked(file).finally(() => setReading(false));
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) importFile(file);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) importFile(file);
  };

  return (
    <section
      className="import-drop"
      style={{
        border: `2px dashed ${over ? 'var(--accent, #1f3a5f)' : '#c3ccd8'}`,
        background: over ? '#eef4fb' : 'transparent',
        borderRadius: 8,
        padding: '0.75rem 1rem',
        margin: '0 0 1rem',
      }}
      aria-label="Import a plan"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="row">
        <label htmlFor="import-plan-file">Import plan</label>
        <input
          id="import-plan-file"
          type="file"
          accept=".json,application/json"
          onChange={onPick}
          disabled={reading}
        />
        <span className="muted">or drop a plan JSON file here.</span>
      </div>
      {outcome && !outcome.ok ? (
        <div className="banner banner-error" role="alert">
          <p>
            <strong>{outcome.fileName || 'The file'} was not imported.</strong> {outcome.error.message}
            {outcome.error.line ? ` (line ${outcome.error.line}, column ${outcome.error.column ?? 1})` : ''}
          </p>
          <LoadIssues issues={outcome.error.issues} min={2} />
          <DroppedKeysList dropped={outcome.error.dropped ?? []} />
          <button type="button" onClick={importDismissed}>
            Dismiss
          </button>
        </div>
      ) : null}
      {outcome?.ok ? (
        <div className="banner banner-info" role="status">
          <div>
            Imported “{outcome.title}”.
            {outcome.newId
              ? ' A draft with the same id already exists, so it was saved as a new draft; the existing one is unchanged.'
              : ''}
            {outcome.upgradedFrom !== null
              ? ` It was upgraded from format version ${outcome.upgradedFrom}.`
              : ''}{' '}
            <Link href={planPath(outcome.id)}>Open it</Link>
            <DroppedKeysList dropped={outcome.dropped} />
          </div>
          <button type="button" onClick={importDismissed}>
            Dismiss
          </button>
        </div>
      ) : null}
    </section>
  );
}
