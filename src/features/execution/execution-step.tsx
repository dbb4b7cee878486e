import type { Plan } from '../../domain';
import { getServices } from '../../state';
import { Checklist } from './checklist';
import { ExecutionBasics } from './execution-basics';

export function ExecutionStep({ plan }: { plan: Plan }) {
  return (
    <div className="stack">
      <Checklist plan={plan} newId={getServices().newId} />
      <ExecutionBasics plan={plan} />
    </div>
  );
}
