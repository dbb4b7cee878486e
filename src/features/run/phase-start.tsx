import { ConfirmDialog, useConfirm } from '../../components/confirm-dialog';
import type { Phase, Plan } from '../../domain';
import { earlyStart } from '../../engine';
import { formatDuration } from '../../domain/audit-line';
import { useWorkbench } from '../../state';
import { when } from './when';

/** "Start phase N": before the phase's planned start it asks first, and the confirmation is logged. */
export function PhaseStart(props: {
  plan: Plan;
  phase: Phase;
  number: number;
  now: Date;
  disabled: boolean;
  onError: (error: string | null) => void;
}) {
  const runPhaseStarted = useWorkbench((s) => s.runPhaseStarted);
  const confirmEarly = useConfirm(() => props.onError(runPhaseStarted(props.phase.id, true)));
  const early = earlyStart(props.plan, props.phase.id, props.now);
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={props.disabled}
        onClick={() => (early ? confirmEarly.ask() : props.onError(runPhaseStarted(props.phase.id)))}
      >
        Start phase {props.number}
      </button>
      <ConfirmDialog
        {...confirmEarly.dialog}
        open={confirmEarly.dialog.open && early !== null}
        title={`Start phase ${props.number} early?`}
        confirmLabel={`Start phase ${props.number} now`}
        danger
      >
        {early ? (
          <p>
            “{props.phase.name}” is planned to start {when(early.plannedStart)}, in{' '}
            {formatDuration(early.earlyByMs)}. Starting it now is recorded in the audit log with your name.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
