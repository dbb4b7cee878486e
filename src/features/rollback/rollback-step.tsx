import type { Plan } from '../../domain';
import { RollbackBasics } from './rollback-basics';
import { TestsRecord } from './tests-record';
import { TriggersEditor } from './triggers-editor';

export function RollbackStep({ plan }: { plan: Plan }) {
  return (
    <div className="stack">
      <TriggersEditor plan={plan} />
      <RollbackBasics plan={plan} />
      <TestsRecord plan={plan} />
    </div>
  );
}
