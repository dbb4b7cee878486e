import { useWorkbench, type UnsavedFields } from '../state';

const LABELS = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Changed elsewhere',
} as const;

/** Names shown before "and N more": the status line stays one line on a laptop. */
const NAMED = 2;

/**
 * What is true about the draft on disk: saved, being saved, not saved (with why, in SaveProblem), or
 * saved except for fields whose typed text the plan cannot hold: those are named, each a link to its
 * field, so "Saved" never sits beside text that is not in the plan.
 */
export function SaveIndicator({ onGoTo }: { onGoTo?: (path: string) => void }) {
  const status = useWorkbench((s) => s.saveStatus);
  const message = useWorkbench((s) => s.saveMessage);
  const unsaved = useWorkbench((s) => s.unsavedFields);
  const held = Object.entries(unsaved);
  const showHeld = held.length > 0 && (status === 'saved' || status === 'pending' || status === 'saving');
  const shown = showHeld && status === 'saved' ? 'unsaved' : status;
  return (
    <span
      className={`save-indicator save-${shown}`}
      role="status"
      aria-live="polite"
      title={message ?? undefined}
      data-save-status={shown}
    >
      <span className="dot" aria-hidden="true" />
      {showHeld && status === 'saved' ? <HeldFields held={held} onGoTo={onGoTo} /> : LABELS[status]}
    </span>
  );
}

function HeldFields({
  held,
  onGoTo,
}: {
  held: Array<[string, UnsavedFields[string]]>;
  onGoTo: ((path: string) => void) | undefined;
}) {
  const named = held.slice(0, NAMED);
  const more = held.length - named.length;
  return (
    <span className="save-held">
      {held.length} field{held.length === 1 ? '' : 's'} not saved:{' '}
      {named.map(([path, field], i) => (
        <span key={path}>
          {i > 0 ? ', ' : null}
          {onGoTo ? (
            <button
              type="button"
              className="link-button"
              title={field.message}
              onClick={() => onGoTo(field.path ?? path)}
            >
              {field.label}
            </button>
          ) : (
            field.label
          )}
        </span>
      ))}
      {more > 0 ? ` and ${more} more` : null}
    </span>
  );
}
