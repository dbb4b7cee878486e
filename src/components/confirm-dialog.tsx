import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** A modal built on <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Several dialogs can be in the page at once (one per drafts row, one per mounted step).
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
    // A step left while its dialog is open stays mounted but hidden: a modal left open there would
    // keep the rest of the page inert. It opens again if the step shows again.
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [props.open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={props.onCancel}>
      <h2 id={titleId}>{props.title}</h2>
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A ConfirmDialog's question: `ask` opens it (with what it asks about, if anything); confirming closes it
 * and goes on with `onConfirm`, cancelling only closes it. `dialog` is spread on the ConfirmDialog.
 */
export function useConfirm<T = void>(onConfirm: (asked: T) => void) {
  const [asked, setAsked] = useState<{ about: T } | null>(null);
  const ask = useCallback((about: T) => setAsked({ about }), []);
  return {
    ask,
    /** What the open question is about; null while it is closed. */
    asked,
    dialog: {
      open: asked !== null,
      onCancel: () => setAsked(null),
      onConfirm: () => {
        setAsked(null);
        if (asked) onConfirm(asked.about);
      },
    },
  };
}
