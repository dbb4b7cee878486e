import { useState, type ReactNode } from 'react';
import { Notice } from '../../components/notice';
import type { Phase, PhaseRun, Plan } from '../../domain';
import { useWorkbench } from '../../state';
import { ponrPhaseId } from '../../domain/point-of-no-return';
import { latestChecks, nextPhase } from '../../engine/run/transitions';
import { CheckForm } from './check-form';
import { PhaseStart } from './phase-start';
import { PhaseSteps } from './phase-steps';
import { when } from './when';

export type ExportCheckSlot = (phaseId: string, checkId: string) => ReactNode;
/** The database verification of a check (features/db-verify), mounted by the app like the export check. */
export type DbVerifySlot = ExportCheckSlot;

/** A phase's status in the badge tones of every screen: still to come, under way, done, failed. */
const STATUS_BADGE: Record<PhaseRun['status'], string> = {
  pending: 'badge-unknown',
  running: 'badge-info',
  completed: 'badge-ok',
  failed: 'badge-bad',
};

export function PhaseRunner({
  plan,
  now,
  exportCheck,
  dbVerify,
}: {
  plan: Plan;
  now: Date;
  exportCheck?: ExportCheckSlot;
  dbVerify?: DbVerifySlot;
}) {
  const next = nextPhase(plan, now);
  return (
    <section className="card" aria-labelledby="phases-run-heading">
      <h2 id="phases-run-heading">Phases</h2>
      {'waiting' in next ? (
        <p className="muted" role="status">
          {next.waiting}
        </p>
      ) : null}
      <ol className="run-phases">
        {plan.execution.phases.map((phase, i) => (
          <PhaseRow
            key={phase.id}
            plan={plan}
            phase={phase}
            index={i}
            isNext={'phase' in next && next.phase.id === phase.id}
            now={now}
            exportCheck={exportCheck}
            dbVerify={dbVerify}
          />
        ))}
      </ol>
    </section>
  );
}

function PhaseRow({
  plan,
  phase,
  index,
  isNext,
  now,
  exportCheck,
  dbVerify,
}: {
  plan: Plan;
  phase: Phase;
  index: number;
  isNext: boolean;
  now: Date;
  exportCheck?: ExportCheckSlot;
  dbVerify?: DbVerifySlot;
}) {
  const runPhaseCompleted = useWorkbench((s) => s.runPhaseCompleted);
  const runPonr = useWorkbench((s) => s.runPointOfNoReturnApproved);
  const [error, setError] = useState<string | null>(null);
  const [approver, setApprover] = useState('');
  const run = plan.run.phases.find((p) => p.phaseId === phase.id);
  const status = run?.status ?? 'pending';
  const isPonr = ponrPhaseId(plan) === phase.id;
  const latest = latestChecks(plan, phase.id);
  // After a rollback the phase it stopped in shows its status only: nothing more is recorded on this run.
  const active = (status === 'running' || status === 'failed') && plan.run.status !== 'rolled-back';
  return (
    <li className={`run-phase run-${status}`} aria-label={`Phase ${index + 1}: ${phase.name}, ${status}`}>
      <div className="run-phase-head">
        <span className="phase-number">{index + 1}</span>
        <strong>{phase.name}</strong>
        <span className={`tag kind-${phase.kind}`}>{phase.kind}</span>
        {isPonr ? <span className="tag tag-ponr">point of no return</span> : null}
        <span className={`badge ${STATUS_BADGE[status]}`}>{status}</span>
        <span className="muted">
          {run?.startedAt ? `started ${when(run.startedAt)}` : ''}
          {run?.completedAt ? ` · completed ${when(run.completedAt)}` : ''}
        </span>
      </div>
      {run?.pointOfNoReturnApprovedAt ? (
        <p className="ponr-approved">
          Point of no return approved by <strong>{run.pointOfNoReturnApprovedBy}</strong> at{' '}
          {when(run.pointOfNoReturnApprovedAt)}.
        </p>
      ) : null}
      {isNext && isPonr && !run?.pointOfNoReturnApprovedAt ? (
        <form
          className="ponr-gate inline-form"
          aria-label="Point of no return approval"
          onSubmit={(e) => {
            e.preventDefault();
            setError(runPonr(phase.id, approver));
          }}
        >
          <p>
            After this phase rollback is no longer possible without data loss.{' '}
            <strong>{plan.rollback.pointOfNoReturn.approver || 'The approver'}</strong> must confirm.
          </p>
          <label htmlFor={`approver-${phase.id}`}>Approver’s name</label>
          <input id={`approver-${phase.id}`} value={approver} onChange={(e) => setApprover(e.target.value)} />
          <button type="submit" className="danger" disabled={approver.trim() === ''}>
            Confirm passing the point of no return
          </button>
        </form>
      ) : null}
      {isNext ? (
        <PhaseStart
          plan={plan}
          phase={phase}
          number={index + 1}
          now={now}
          disabled={isPonr && !run?.pointOfNoReturnApprovedAt}
          onError={setError}
        />
      ) : null}
      {active || (run?.steps.length ?? 0) > 0 ? <PhaseSteps phase={phase} run={run} active={active} /> : null}
      {active ? (
        <>
          {phase.verification ? <p className="muted">Verify: {phase.verification}</p> : null}
          <ul className="checks" aria-label={`Integrity checks of ${phase.name}`}>
            {phase.integrityChecks.map((check) => (
              <CheckForm
                key={check.id}
                phaseId={phase.id}
                check={check}
                latest={latest.find((c) => c.checkId === check.id)}
                exportCheck={exportCheck?.(phase.id, check.id)}
                dbVerify={dbVerify?.(phase.id, check.id)}
              />
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            onClick={() => setError(runPhaseCompleted(phase.id))}
            disabled={status === 'failed'}
            aria-describedby={status === 'failed' ? `blocked-${phase.id}` : undefined}
          >
            Complete phase {index + 1}
          </button>
          {status === 'failed' ? (
            <p className="muted" id={`blocked-${phase.id}`}>
              A check failed: the phase completes once every check is recorded again and passes (GR-06), or
              roll back.
            </p>
          ) : null}
        </>
      ) : null}
      <Notice text={error} />
    </li>
  );
}
