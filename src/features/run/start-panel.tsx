import { useState } from 'react';
import type { Evaluation } from '../../engine';
import { useWorkbench } from '../../state';

export function StartPanel({
  evaluation,
  onGoTo,
}: {
  evaluation: Evaluation;
  onGoTo: (path: string) => void;
}) {
  const runStarted = useWorkbench((s) => s.runStarted);
  const [error, setError] = useState<string | null>(null);
  const { ready, blockers } = evaluation.readiness;
  return (
    <section className="card" aria-labelledby="start-heading">
      <h2 id="start-heading">Start the migration</h2>
      {ready ? (
        <p>
          The plan is ready: no blockers. Starting records the assessment and the chosen strategy in the audit
          log.
        </p>
      ) : (
        <>
          <p className="field-error">
            The plan has {blockers.length} blocker{blockers.length === 1 ? '' : 's'}: it cannot start until
            they are resolved.
          </p>
          <ul className="blocker-list" aria-label="Blockers">
            {blockers.map((b, i) => (
              <li key={i}>
                <button type="button" className="finding-link" onClick={() => onGoTo(b.path)}>
                  <span className="rule-id">{b.ruleId}</span> {b.title}
                </button>
                <span className="muted"> — {b.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="primary big" disabled={!ready} onClick={() => setError(runStarted())}>
        Start migration
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
