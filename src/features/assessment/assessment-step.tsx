import type { ReactNode } from 'react';
import type { Plan } from '../../domain';
import { useEvaluation } from '../../state/use-evaluation';
import { AssessmentBasics } from './assessment-basics';
import { ComponentsTable } from './components-table';
import { DependenciesEditor } from './dependencies-editor';
import { EstimateCard } from './estimate-card';

/** `schemaSlot` holds the SQL review, composed by the app shell: features do not import each other. */
export function AssessmentStep({ plan, schemaSlot }: { plan: Plan; schemaSlot?: ReactNode }) {
  const evaluation = useEvaluation();
  return (
    <div className="stack">
      {evaluation ? <EstimateCard evaluation={evaluation} /> : null}
      <AssessmentBasics plan={plan} />
      <ComponentsTable plan={plan} />
      {schemaSlot}
      <DependenciesEditor plan={plan} evaluation={evaluation} />
    </div>
  );
}
