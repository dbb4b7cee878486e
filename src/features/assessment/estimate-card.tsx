import type { Evaluation } from '../../engine';
import { formatBytes } from '../../engine/format';

const fmt = (n: number) => n.toLocaleString('en-US');
const hours = (h: number) => (h < 1 ? `${Math.round(h * 60)} min` : `${h.toFixed(1)} h`);

/** The engine's estimate, kept in view while the person edits the inputs it depends on. */
export function EstimateCard({ evaluation }: { evaluation: Evaluation }) {
  const e = evaluation.estimate;
  const fits =
    e.fitsWindow === null
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
          <dd>{fmt(e.totalRows)}</dd>
        </div>
        <div>
          <dt>Data volume</dt>
          <dd>{formatBytes(e.totalBytes)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd data-testid="estimate-duration">
            {e.durationHours === null ? 'Needs measured throughput' : hours(e.durationHours)}
          </dd>
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
          <dt>Fits the window</dt>
          <dd>
            <span className={`badge badge-${fits.tone}`}>{fits.text}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
