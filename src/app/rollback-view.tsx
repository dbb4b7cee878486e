import type { Plan } from '../domain';
import { RehearsalCard } from '../features/rehearsal';
import { RollbackStep } from '../features/rollback';
import { RollbackSqlReview } from '../features/sql-review';

/** The Rollback step with its SQL review and rehearsal, composed here: features do not import each other. */
export function RollbackView({ plan }: { plan: Plan }) {
  return (
    <RollbackStep
      plan={plan}
      rehearsalSlot={
        <>
          <RollbackSqlReview plan={plan} />
          <RehearsalCard plan={plan} />
        </>
      }
    />
  );
}
