import type { Plan } from '../../domain';
import { RollbackBasics } from './rollback-basics';

export function RollbackStep({ plan }: { plan: Plan }) {
  return (
    <div className="stack">
      <RollbackBasics plan={plan} />
    </div>
  );
}
