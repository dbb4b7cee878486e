import type { ProgressUpdate } from '../../integrity';
import { formatBytes, formatEta } from './format';

/** The running check: a real progressbar (bytes, not a spinner), the time left, and Cancel. */
export function ProgressView(props: {
  progress: ProgressUpdate | null;
  totalBytes: number;
  onCancel: () => void;
}) {
  const { progress, totalBytes, onCancel } = props;
  const done = progress?.bytesDone ?? 0;
  const total = progress?.bytesTotal ?? totalBytes;
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  const text = `${formatBytes(done)} of ${formatBytes(total)} read, ${formatEta(progress?.etaSeconds ?? null)}`;
  return (
    <div className="export-check-progress">
      <div
        role="progressbar"
        aria-label="Check progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${text}`}
        className="export-check-bar"
      >
        <div className="export-check-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="field-help">{text}</p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
