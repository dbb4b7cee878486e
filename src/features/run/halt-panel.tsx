import type { Plan } from '../../domain';
import { activeHalt } from '../../engine';
import { currentPhase, latestChecks } from '../../state/run-transitions';
import { RollbackProcedure } from './rollback-procedure';
import { RollbackRecord } from './rollback-record';

/**
 * A failed integrity check halts the run (FM-02): which check failed, the rollback procedure, and the
 * rollback recorded right here. The trigger named in the audit line is the plan's integrity-check trigger
 * (RT-03 in the spec's defaults), the one a failed check fires. When a trigger has fired too, "Roll back now"
 * (DC-10) holds the procedure and the record: two copies, each with its own buttons, left the person asking
 * which one to use.
 */
export function HaltPanel({ plan }: { plan: Plan }) {
  const phase = currentPhase(plan);
  const failed = phase ? latestChecks(plan, phase.id).filter((c) => !c.passed) : [];
  if (failed.length === 0) return null;
  const targets = failed.map(
    (c) => phase?.integrityChecks.find((k) => k.id === c.checkId)?.target ?? c.checkId,
  );
  const trigger =
    plan.rollback.triggers.find((t) => t.metric === 'integrity-check')?.ruleId ?? 'integrity-check';
  const triggerFired = activeHalt(plan) !== null;
  return (
    <div className="rollback-now" role="alert">
      <h3>Halted: an integrity check failed (FM-02)</h3>
      <p>
        {phase && targets.length > 0 ? `Failed in phase "${phase.name}": ${targets.join(', ')}. ` : ''}
        Do not proceed to the next phase. Roll back, or fix and record the check again.
      </p>
      {triggerFired ? (
        <p>
          A rollback trigger has fired as well: the rollback procedure and its record are under{' '}
          <strong>Roll back now</strong>.
        </p>
      ) : (
        <>
          <h4>Rollback procedure</h4>
          <RollbackProcedure plan={plan} />
          <RollbackRecord trigger={trigger} phaseId={phase?.id ?? null} />
        </>
      )}
    </div>
  );
}
