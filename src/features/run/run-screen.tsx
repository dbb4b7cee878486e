import './run.css';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import { OperatorPrompt } from './operator-prompt';
import { AuditPanel } from './audit-panel';
import { HaltPanel } from './halt-panel';
import { PhaseRunner, type DbVerifySlot, type ExportCheckSlot } from './phase-runner';
import { SoakPanel } from './soak-panel';
import { StartPanel } from './start-panel';
import { StatusUpdatePanel } from './status-update-panel';
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
  return (
    <div className="stack run-screen">
      <div className={`run-status run-status-${status}`} role="status" aria-label="Run status">
        <strong>{STATUS_TEXT[status]}</strong>
        {plan.run.operator ? <span>Operator: {plan.run.operator}</span> : null}
        {plan.run.startedAt ? <span>Started {when(plan.run.startedAt)}</span> : null}
      </div>
      {plan.run.operator === '' ? <OperatorPrompt /> : null}
      {plan.run.operator !== '' && status === 'not-started' ? (
        <StartPanel evaluation={evaluation} onGoTo={onGoTo} />
      ) : null}
      {status === 'halted' ? <HaltPanel plan={plan} /> : null}
      {status !== 'not-started' ? (
        <>
          <TriggersPanel plan={plan} />
          <PhaseRunner plan={plan} now={now} exportCheck={exportCheck} dbVerify={dbVerify} />
          <StatusUpdatePanel plan={plan} now={now} />
          <SoakPanel plan={plan} now={now} criteria={evaluation.criteria} />
        </>
      ) : null}
      <AuditPanel plan={plan} now={now} />
    </div>
  );
}
