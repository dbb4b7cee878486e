import type { ReactNode } from 'react';
import type { Plan } from '../../domain';
import { RollbackBasics } from './rollback-basics';
import { TestsRecord } from './tests-record';
import { PreflightPanel } from './preflight-panel';
import { TriggersEditor } from './triggers-editor';
import './rollback.css';

/** `rehearsalSlot` holds the rollback rehearsal, composed by the app shell: features do not import each other. */
export function RollbackStep({ plan, rehearsalSlot }: { plan: Plan; rehearsalSlot?: ReactNode }) {
  return (
    <div className="stack">
      <TriggersEditor plan={plan} />
      <PreflightPanel plan={plan} />
      <RollbackBasics plan={plan} />
      <TestsRecord plan={plan} />
      {rehearsalSlot}
    </div>
  );
}
