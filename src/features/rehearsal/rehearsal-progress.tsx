import type { RehearsalProgress } from '../../rehearsal/types';

const PHASES = ['start', 'schema', 'rows', 'forward', 'rollback', 'compare'] as const;

/** Whole phases plus statements within the forward and rollback runs, as one bar. */
export function RehearsalProgressView({ progress }: { progress: RehearsalProgress | null }) {
  const phase = progress ? PHASES.indexOf(progress.phase) : 0;
  const within = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const value = Math.round(((phase + within) / PHASES.length) * 100);
  return (
    <div className="rehearsal-progress">
      <label htmlFor="rehearsal-progress-bar">Rehearsal progress</label>
      <progress id="rehearsal-progress-bar" max={100} value={value} />
      <p role="status">{progress?.message ?? 'Starting the rehearsal worker'}…</p>
    </div>
  );
}
