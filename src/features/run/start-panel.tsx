import { useState } from 'react';
import { ConfirmDialog, useConfirm } from '../../components/confirm-dialog';
import { Notice } from '../../components/notice';
import type { Plan } from '../../domain';
import { openChecklist, type Evaluation } from '../../engine';
import { useWorkbench } from '../../state';

export function StartPanel({
  plan,
  evaluation,
  onGoTo,
}: {
  plan: Plan;
  evaluation: Evaluation;
  onGoTo: (path: string) => void;
}) {
  const runStarted = useWorkbench((s) => s.runStarted);
  const [error, setError] = useState<string | null>(null);
  const confirmStart = useConfirm(() => setError(runStarted(true)));
  const { ready, blockers } = evaluation.readiness;
  const open = openChecklist(plan);
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
      <button
        type="button"
        className="primary big"
        disabled={!ready}
        onClick={() => (open.length > 0 ? confirmStart.ask() : setError(runStarted()))}
      >
        Start migration
      </button>
      {open.length > 0 ? (
        <p className="muted">
          {open.length} of {plan.execution.checklist.length} pre-migration checklist items are not ticked
          (SC-03).
        </p>
      ) : null}
      <ConfirmDialog
        {...confirmStart.dialog}
        title="Start with the checklist incomplete?"
        confirmLabel="Start anyway"
        danger
      >
        <p>
          {open.length} of {plan.execution.checklist.length} pre-migration checklist items are not ticked:
        </p>
        <ul aria-label="Open checklist items">
          {open.map((c) => (
            <li key={c.id}>{c.label}</li>
          ))}
        </ul>
        <p>Starting anyway is recorded in the audit log with your name and these items.</p>
      </ConfirmDialog>
      <Notice text={error} />
    </section>
  );
}
