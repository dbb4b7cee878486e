import type { Plan } from '../../domain';
import { useEvaluation } from '../../state/use-evaluation';
import { SqlReviewCard } from '../sql-review';
import { AssessmentBasics } from './assessment-basics';
import { ComponentsTable } from './components-table';
import { DependenciesEditor } from './dependencies-editor';
import { EstimateCard } from './estimate-card';

export function AssessmentStep({ plan }: { plan: Plan }) {
  const evaluation = useEvaluation();
  return (
    <div className="stack">
      {evaluation ? <EstimateCard evaluation={evaluation} /> : null}
      <AssessmentBasics plan={plan} />
      <ComponentsTable plan={plan} />
      <SqlReviewCard plan={plan} />
      <DependenciesEditor plan={plan} evaluation={evaluation} />
    </div>
  );
}
