import { useState } from 'react';
import { Notice } from '../../components/notice';
import type { Phase, PhaseRun } from '../../domain';
import { useWorkbench } from '../../state';
import { when } from './when';

/** The phase's steps, each ticked off with the time and the operator (and an audit line). */
export function PhaseSteps({
  phase,
  run,
  active,
}: {
  phase: Phase;
  run: PhaseRun | undefined;
  active: boolean;
}) {
  const runStepTicked = useWorkbench((s) => s.runStepTicked);
  const [error, setError] = useState<string | null>(null);
  if (phase.steps.length === 0) return null;
  const done = run?.steps.length ?? 0;
  return (
    <div className="run-steps-block">
      <p className="muted" id={`steps-${phase.id}`}>
        Steps: {done} of {phase.steps.length} done
      </p>
      <ol className="run-steps" aria-describedby={`steps-${phase.id}`}>
        {phase.steps.map((s, i) => {
          const tick = run?.steps.find((t) => t.stepId === s.id);
          return (
            <li key={s.id} className={tick ? 'step-done' : undefined}>
              <div className="step-line">
                <span>{s.text}</span>
                {tick ? (
                  <span className="step-tick">
                    ✓ {when(tick.at)} · {tick.by}
                  </span>
                ) : active ? (
                  <button
                    type="button"
                    className="step-button"
                    aria-label={`Mark step ${i + 1} done`}
                    onClick={() => setError(runStepTicked(phase.id, s.id))}
                  >
                    Done
                  </button>
                ) : null}
              </div>
              {s.sql ? <pre className="sql">{s.sql}</pre> : null}
            </li>
          );
        })}
      </ol>
      <Notice text={error} />
    </div>
  );
}
