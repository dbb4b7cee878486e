import type { ReactNode } from 'react';
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
        <Fact term="Rows to migrate">{count(e.totalRows)}</Fact>
        <Fact term="Data volume">{formatBytes(e.totalBytes)}</Fact>
        <Fact term="Rows to copy">{count(e.copyRows)}</Fact>
        <Fact term="Copy time" testId="estimate-duration">
          {e.durationHours === null ? 'Needs measured throughput' : hours(e.durationHours)}
        </Fact>
        <Fact term="The copy runs">{COPY_WHERE[e.copyTiming]}</Fact>
        <Fact term="Batches">{e.batches === null ? '—' : fmt(e.batches)}</Fact>
        <Fact term="Window">{e.windowHours === null ? 'Not set' : hours(e.windowHours)}</Fact>
        <Fact term="Work inside the window">
          {e.inWindowHours === null ? 'Not known yet' : hours(e.inWindowHours)}
        </Fact>
        <Fact term="Fits the window">
          <span className={`badge badge-${fits.tone}`}>{fits.text}</span>
        </Fact>
      </dl>
    </section>
  );
}

/** One figure of the estimate: its name and its value. */
function Fact({ term, testId, children }: { term: string; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
