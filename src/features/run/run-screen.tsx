import './run.css';
import './run-triggers.css';
import type { Plan } from '../../domain';
import { activeHalt, type Evaluation } from '../../engine';
import { haltTrigger } from '../../state/run-halt';
import { OperatorPrompt } from './operator-prompt';
import { AuditPanel } from './audit-panel';
import { HaltPanel } from './halt-panel';
import { PhaseRunner, type DbVerifySlot, type ExportCheckSlot } from './phase-runner';
import { RollbackReachPanel } from './rollback-reach-panel';
import { SoakPanel } from './soak-panel';
import { StartPanel } from './start-panel';
import { StatusUpdatePanel } from './status-update-panel';
import { TriggerHaltPanel } from './trigger-halt-panel';
import { TriggersPanel } from './triggers-panel';
import { when } from './when';

const STATUS_TEXT = {
  'not-started': 'Not started',
  running: 'Running',
  halted: 'Halted: an integrity check failed',
  'rolled-back': 'Rolled back',
  soaking: 'Soaking',
  completed: 'Completed',
} as const;

/** The migration-day cockpit: kept open during the run and the soak; every action is saved at once. */
export function RunScreen({
  plan,
  evaluation,
  now,
  onGoTo,
  exportCheck,
  dbVerify,
}: {
  plan: Plan;
  evaluation: Evaluation;
  /** The screen's clock, ticking each second; `evaluation` was made at the same time. */
  now: Date;
  onGoTo: (path: string) => void;
  exportCheck?: ExportCheckSlot;
  dbVerify?: DbVerifySlot;
}) {
  const { status } = plan.run;
  const halt = activeHalt(plan);
  const statusText =
    status === 'halted' && halt ? `Halted: ${haltTrigger(halt)} fired, roll back now` : STATUS_TEXT[status];
  return (
    <div className="stack run-screen">
      <div className={`run-status run-status-${status}`} role="status" aria-label="Run status">
        <strong>{statusText}</strong>
        {plan.run.operator ? <span>Operator: {plan.run.operator}</span> : null}
        {plan.run.startedAt ? <span>Started {when(plan.run.startedAt)}</span> : null}
      </div>
      {plan.run.operator === '' ? <OperatorPrompt /> : null}
      {plan.run.operator !== '' && status === 'not-started' ? (
        <StartPanel plan={plan} evaluation={evaluation} onGoTo={onGoTo} />
      ) : null}
      {halt && status === 'halted' ? <TriggerHaltPanel plan={plan} halt={halt} /> : null}
      {status === 'halted' ? <HaltPanel plan={plan} /> : null}
      {status !== 'not-started' ? (
        <>
          <TriggersPanel plan={plan} />
          <PhaseRunner plan={plan} now={now} exportCheck={exportCheck} dbVerify={dbVerify} />
          {status !== 'rolled-back' && status !== 'completed' ? (
            <RollbackReachPanel plan={plan} now={now} />
          ) : null}
          <StatusUpdatePanel plan={plan} now={now} />
          <SoakPanel plan={plan} now={now} criteria={evaluation.criteria} />
        </>
      ) : null}
      <AuditPanel plan={plan} now={now} />
    </div>
  );
}
