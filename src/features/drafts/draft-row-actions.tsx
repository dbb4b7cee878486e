import { useState, type FormEvent } from 'react';
import { ConfirmDialog, useConfirm } from '../../components/confirm-dialog';
import { navigate } from '../../components/router';
import { planPath } from '../../components/routes';
import { useWorkbench, type DraftSummary } from '../../state';

export function DraftRowActions({ draft }: { draft: DraftSummary }) {
  const draftRenamed = useWorkbench((s) => s.draftRenamed);
  const draftDuplicated = useWorkbench((s) => s.draftDuplicated);
  const draftDeleted = useWorkbench((s) => s.draftDeleted);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(draft.title);
  const confirmDelete = useConfirm(() => void draftDeleted(draft.id));
  const trimmed = title.trim();

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '') return;
    void draftRenamed(draft.id, trimmed).then(() => setRenaming(false));
  };

  if (renaming) {
    return (
      <form className="inline-form" onSubmit={submitRename}>
        <label className="visually-hidden" htmlFor={`rename-${draft.id}`}>
          New title for {draft.title}
        </label>
        <input
          id={`rename-${draft.id}`}
          value={title}
          autoFocus
          maxLength={500}
          aria-invalid={trimmed === '' ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRenaming(false);
          }}
        />
        <button type="submit" className="primary" disabled={trimmed === ''}>
          Save
        </button>
        <button type="button" onClick={() => setRenaming(false)}>
          Cancel
        </button>
        {trimmed === '' ? <span className="field-error">A title cannot be empty.</span> : null}
      </form>
    );
  }

  return (
    <div className="row-actions">
      <button type="button" onClick={() => navigate(planPath(draft.id))} aria-label={`Open ${draft.title}`}>
        Open
      </button>
      <button
        type="button"
        onClick={() => {
          setTitle(draft.title);
          setRenaming(true);
        }}
        aria-label={`Rename ${draft.title}`}
      >
        Rename
      </button>
      <button
        type="button"
        onClick={() => void draftDuplicated(draft.id)}
        aria-label={`Duplicate ${draft.title}`}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="danger-quiet"
        onClick={() => confirmDelete.ask()}
        aria-label={`Delete ${draft.title}`}
      >
        Delete
      </button>
      <ConfirmDialog {...confirmDelete.dialog} title="Delete this draft?" confirmLabel="Delete draft" danger>
        <p>“{draft.title}” will be removed from this browser. You can undo right after deleting.</p>
      </ConfirmDialog>
    </div>
  );
}
