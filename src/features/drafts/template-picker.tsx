import { useEffect, useId, useRef, useState } from 'react';
import { PLAN_TEMPLATES, useWorkbench } from '../../state';

/**
 * "New from template": a dialog listing the templates by the kind of migration, each with its one-line
 * description; choosing one creates a draft from it and opens it.
 */
export function TemplatePicker({ onCreated }: { onCreated: (id: string | null) => void }) {
  const templateDraftCreated = useWorkbench((s) => s.templateDraftCreated);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const idBase = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const choose = (templateId: string) => {
    setBusy(templateId);
    void templateDraftCreated(templateId).then((id) => {
      setBusy(null);
      setOpen(false);
      onCreated(id);
    });
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New from template
      </button>
      <dialog
        ref={ref}
        className="dialog template-dialog"
        aria-labelledby={titleId}
        onCancel={() => setOpen(false)}
      >
        <h2 id={titleId}>Start from a template</h2>
        <p className="muted">
          A worked plan for a common kind of migration: phases, integrity checks, rollback triggers and
          procedures to adapt to your system. Nothing is ticked and no rollback test is recorded yet.
        </p>
        <ul className="template-list">
          {PLAN_TEMPLATES.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                aria-describedby={`${idBase}-${t.id}`}
                disabled={busy !== null}
                onClick={() => choose(t.id)}
              >
                {busy === t.id ? 'Creating…' : t.name}
              </button>
              <p id={`${idBase}-${t.id}`} className="muted">
                {t.description}
              </p>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
