import { useWorkbench } from '../state';

const LABELS = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Changed elsewhere',
} as const;

export function SaveIndicator() {
  const status = useWorkbench((s) => s.saveStatus);
  const message = useWorkbench((s) => s.saveMessage);
  return (
    <span
      className={`save-indicator save-${status}`}
      role="status"
      aria-live="polite"
      title={message ?? undefined}
      data-save-status={status}
    >
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
