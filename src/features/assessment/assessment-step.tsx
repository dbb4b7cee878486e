import type { Plan } from '../../domain';
import { AssessmentBasics } from './assessment-basics';

export function AssessmentStep({ plan }: { plan: Plan }) {
  return (
    <div className="stack">
      <AssessmentBasics plan={plan} />
    </div>
  );
}
