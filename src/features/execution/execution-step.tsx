import type { Plan } from '../../domain';
import { getServices } from '../../state';
import { ApproachProposalCard } from './approach-proposal';
import { Checklist } from './checklist';
import { ExecutionBasics } from './execution-basics';
import { PhasesEditor } from './phases-editor';
import './execution.css';

export function ExecutionStep({ plan }: { plan: Plan }) {
  return (
    <div className="stack">
      <Checklist plan={plan} newId={getServices().newId} />
      <PhasesEditor plan={plan} />
      <ApproachProposalCard plan={plan} />
      <ExecutionBasics plan={plan} />
    </div>
  );
}
