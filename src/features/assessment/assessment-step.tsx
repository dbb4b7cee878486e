import type { ReactNode } from 'react';
import { Deferred } from '../../components/deferred';
import type { Plan } from '../../domain';
import { useEvaluation } from '../../state/use-evaluation';
import { AssessmentBasics } from './assessment-basics';
import { ComponentsTable } from './components-table';
import { DatastoresCard } from './datastores-card';
import { DependenciesEditor } from './dependencies-editor';
import { EstimateCard } from './estimate-card';
import './assessment.css';

/** `schemaSlot` holds the SQL review, composed by the app shell: features do not import each other. */
export function AssessmentStep({ plan, schemaSlot }: { plan: Plan; schemaSlot?: ReactNode }) {
  const evaluation = useEvaluation();
  return (
    <div className="stack">
      {evaluation ? <EstimateCard evaluation={evaluation} /> : null}
      <AssessmentBasics plan={plan} />
      {/* One page of rows: in the first frame of a page opened on this step, so that a plan opens with
          its components on screen; on later visits in the pass after the step, so switching stays quick. */}
      <Deferred minHeight="40rem" firstFrame>
        <ComponentsTable plan={plan} />
      </Deferred>
      {/* Below the fold on a big plan: drawn in the pass after the step is on screen. */}
      <Deferred minHeight="60rem">
        <DatastoresCard plan={plan} />
        {schemaSlot}
        <DependenciesEditor plan={plan} evaluation={evaluation} />
      </Deferred>
    </div>
  );
}
