import type { Evaluation } from '../../engine';
import { verdictPending, type EvaluationStatus } from '../../state';

export function ReadinessBadge({ evaluation, status }: { evaluation: Evaluation; status: EvaluationStatus }) {
  const pending = verdictPending(status);
  if (pending)
    return (
      <span className="badge badge-unknown readiness-badge" aria-label={`Readiness: ${pending}`}>
        {pending}
      </span>
    );
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
