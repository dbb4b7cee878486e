import type { Evaluation } from '../../engine';

export function ReadinessBadge({ evaluation }: { evaluation: Evaluation }) {
  const { ready, blockers } = evaluation.readiness;
  return (
    <span
      className={`badge ${ready ? 'badge-ok' : 'badge-bad'} readiness-badge`}
      aria-label={ready ? 'Readiness: ready' : `Readiness: ${blockers.length} blockers`}
    >
      {ready ? 'Ready' : `${blockers.length} blocker${blockers.length === 1 ? '' : 's'}`}
    </span>
  );
}
