import type { Evaluation } from '../../engine';
import { formatBytes } from '../../engine/format';

const fmt = (n: number) => n.toLocaleString('en-US');
/** Counts past a billion in words, so a trillion rows fits its cell. */
const count = (n: number) =>
  n >= 1e12 ? `${(n / 1e12).toFixed(1)} trillion` : n >= 1e9 ? `${(n / 1e9).toFixed(1)} billion` : fmt(n);
const hours = (h: number) =>
  h < 1 ? `${Math.round(h * 60)} min` : h < 48 ? `${h.toFixed(1)} h` : `${fmt(Math.round(h / 24))} days`;
const COPY_WHERE = {
  none: 'Nothing to copy',
  online: 'Online, outside the window',
  'in-window': 'Inside the window',
} as const;

/**
 * The engine's estimate, kept in view while the person edits the inputs it depends on. Only the work
 * inside the window is compared with it: an online copy never "exceeds the window".
 */
export function EstimateCard({ evaluation }: { evaluation: Evaluation }) {
  const e = evaluation.estimate;
  const fits =
    e.windowHours === null
      ? { text: 'No window', tone: 'unknown' }
      : e.fitsWindow === null
        ? { text: 'Unknown', tone: 'unknown' }
        : e.fitsWindow
          ? { text: 'Fits the window', tone: 'ok' }
          : { text: 'Exceeds the window', tone: 'bad' };
  return (
    <section className="card estimate" aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">Estimate</h2>
      <dl className="estimate-grid">
        <div>
          <dt>Rows to migrate</dt>
          <dd>{count(e.totalRows)}</dd>
        </div>
        <div>
          <dt>Data volume</dt>
          <dd>{formatBytes(e.totalBytes)}</dd>
        </div>
        <div>
          <dt>Rows to copy</dt>
          <dd>{count(e.copyRows)}</dd>
        </div>
        <div>
          <dt>Copy time</dt>
          <dd data-testid="estimate-duration">
            {e.durationHours === null ? 'Needs measured throughput' : hours(e.durationHours)}
          </dd>
        </div>
        <div>
          <dt>The copy runs</dt>
          <dd>{COPY_WHERE[e.copyTiming]}</dd>
        </div>
        <div>
          <dt>Batches</dt>
          <dd>{e.batches === null ? '—' : fmt(e.batches)}</dd>
        </div>
        <div>
          <dt>Window</dt>
          <dd>{e.windowHours === null ? 'Not set' : hours(e.windowHours)}</dd>
        </div>
        <div>
          <dt>Work inside the window</dt>
          <dd>{e.inWindowHours === null ? 'Not known yet' : hours(e.inWindowHours)}</dd>
        </div>
        <div>
          <dt>Fits the window</dt>
          <dd>
            <span className={`badge badge-${fits.tone}`}>{fits.text}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
