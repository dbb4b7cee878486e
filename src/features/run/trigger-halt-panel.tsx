import { useEffect, useRef } from 'react';
import type { Plan, TriggerHalt } from '../../domain';
import { rollbackForPhase } from '../../engine';
import { haltTrigger } from '../../engine/run/halt';
import { FiringSamples } from './firing-samples';
import { OverrideForm } from './override-form';
import { RollbackProcedure } from './rollback-procedure';
import { RollbackRecord } from './rollback-record';
import { when } from './when';

/**
 * A fired trigger latched the run (DC-10): which trigger, the samples that fired it, the rollback for the
 * phase in progress, and the two ways out: record the rollback, or a named person overrides with a reason.
 * It stays until one of them, whatever later samples say; it takes the focus when it appears.
 */
export function TriggerHaltPanel({ plan, halt }: { plan: Plan; halt: TriggerHalt }) {
  const ref = useRef<HTMLDivElement>(null);
  const firings = halt.firings.length;
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [halt.at, firings]);
  const index = plan.execution.phases.findIndex((p) => p.id === halt.phaseId);
  const phase = plan.execution.phases[index];
  const rollback = rollbackForPhase(plan, halt.phaseId);
  return (
    <div className="rollback-now" role="alert" tabIndex={-1} ref={ref} aria-labelledby="halt-heading">
      <h3 id="halt-heading">Roll back now</h3>
      <p>
        <strong>Halted</strong> at {when(halt.at)}
        {phase ? ` during phase ${index + 1} "${phase.name}"` : ''}. Execute the rollback immediately; do not
        wait for manual assessment (DC-10). The run stays halted until the rollback is recorded or a named
        person overrides it with a reason.
      </p>
      <ul className="firings">
        {halt.firings.map((f) => {
          const trigger = plan.rollback.triggers.find((t) => t.id === f.triggerId);
          return (
            <li key={`${f.triggerId}-${f.at}`}>
              <span className="rule-id">{f.ruleId}</span> {trigger?.description ?? ''} {f.explanation}
              {trigger && f.sampleIndexes.length > 0 ? (
                <FiringSamples
                  ruleId={f.ruleId}
                  trigger={trigger}
                  sampleIndexes={f.sampleIndexes}
                  metrics={plan.run.metrics}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <h4>
        Rollback procedure{phase ? ` for phase ${index + 1} "${phase.name}"` : ''}
        {rollback.source === 'phase' ? `: ${rollback.mechanism ?? ''}` : ''}
      </h4>
      {rollback.source === 'backup' ? (
        <p>
          This phase is at or past the point of no return: rollback is no longer possible without data loss.{' '}
          {rollback.backupLastResort
            ? 'Restore from the verified backup (last resort, FM-03).'
            : 'The plan names no verified backup as a last resort.'}
        </p>
      ) : (
        <RollbackProcedure plan={plan} />
      )}
      <RollbackRecord trigger={haltTrigger(halt)} phaseId={halt.phaseId} />
      <OverrideForm />
    </div>
  );
}
