import { Link } from '../components/router';
import { planPath, STEPS, type StepId } from '../components/routes';

export function StepNav({ planId, current }: { planId: string; current: StepId }) {
  return (
    <nav className="step-nav" aria-label="Plan steps">
      <ol>
        {STEPS.map((step, index) => (
          <li key={step.id}>
            <Link href={planPath(planId, step.id)} aria-current={step.id === current ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {step.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
