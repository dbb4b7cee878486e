import { Link } from '../components/router';
import { planPath, runPath, STEPS, type StepId } from '../components/routes';
import { stepStatus } from '../components/step-status';
import type { Plan } from '../domain';
import type { Evaluation } from '../engine';

export function StepNav({
  plan,
  evaluation,
  current,
}: {
  plan: Plan;
  evaluation: Evaluation | null;
  current: StepId;
}) {
  return (
    <nav className="step-nav" aria-label="Plan steps">
      <ol>
        {STEPS.map((step, index) => {
          const status = evaluation ? stepStatus(plan, evaluation, step.id) : null;
          const state =
            status === null
              ? ''
              : status.complete
                ? 'complete'
                : `incomplete: needs ${status.missing.join(', ')}`;
          return (
            <li key={step.id}>
              <Link
                href={planPath(plan.id, step.id)}
                aria-current={step.id === current ? 'step' : undefined}
                title={state}
                aria-describedby={`step-state-${step.id}`}
              >
                <span className={`step-number${status?.complete ? ' step-done' : ''}`} aria-hidden="true">
                  {status?.complete ? '✓' : index + 1}
                </span>
                {step.label}
              </Link>
              <span id={`step-state-${step.id}`} className="visually-hidden">
                {state}
              </span>
            </li>
          );
        })}
        <li className="step-run">
          <Link href={runPath(plan.id)}>
            <span className="step-number" aria-hidden="true">
              ▶
            </span>
            Migration day
          </Link>
        </li>
      </ol>
    </nav>
  );
}
