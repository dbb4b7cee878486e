import { ChoiceField, choicesOf } from '../../components/controls';
import { CaptionedField, fieldId } from '../../components/field';
import { OptionalNumberCell } from '../../components/inline-cells';
import {
  PHASE_TIMINGS,
  ROLLBACK_MECHANISMS,
  type Phase,
  type PhaseTiming,
  type RollbackMechanism,
} from '../../domain';
import type { PhaseEstimate } from '../../engine';

const TIMING_LABELS: Record<PhaseTiming, string> = {
  unknown: 'Not stated',
  online: 'Online, outside the window',
  'in-window': 'Inside the maintenance window',
};
const MECHANISM_LABELS: Record<RollbackMechanism, string> = {
  unknown: 'Not stated',
  'revert-deploy': 'Revert the deploy',
  'flag-back': 'Flip the flag (or router weight) back',
  'reverse-replication': 'Reverse replication (target to source)',
  'restore-backup': 'Restore from backup (loses newer writes)',
  none: 'Nothing: no way back',
};
const TIMINGS = choicesOf(PHASE_TIMINGS, TIMING_LABELS);
const MECHANISMS = choicesOf(ROLLBACK_MECHANISMS, MECHANISM_LABELS);
/** How long a rollback mechanism may stay available: two years, as the plan allows. */
const MAX_ROLLBACK_HOURS = 2 * 365 * 24;

/** Where the phase runs and what still rolls it back: the window and the point of no return come from these. */
export function RunsFields({
  phase,
  index,
  estimate,
  edit,
}: {
  phase: Phase;
  index: number;
  estimate: PhaseEstimate | undefined;
  edit: (patch: Partial<Omit<Phase, 'id'>>) => void;
}) {
  const at = `execution.phases[${index}]`;
  const inferred =
    phase.timing === 'unknown' && estimate
      ? `The engine reads it as ${estimate.timing === 'in-window' ? 'inside the window' : 'online'}: ${estimate.why}.`
      : 'Only work inside the window is held against it.';
  return (
    <>
      <ChoiceField
        path={`${at}.timing`}
        label="Runs"
        help={inferred}
        choices={TIMINGS}
        value={phase.timing}
        onChange={(timing) => edit({ timing })}
      />
      <ChoiceField
        path={`${at}.rollbackMechanism`}
        label="Rollback after this phase"
        help="What still brings the system back once this phase has run."
        choices={MECHANISMS}
        value={phase.rollbackMechanism}
        onChange={(rollbackMechanism) => edit({ rollbackMechanism })}
      />
      <CaptionedField caption="Rollback stays available (hours)" help="Empty: until a later phase ends it.">
        <OptionalNumberCell
          id={fieldId(`${at}.rollbackAvailableHours`)}
          label={`Hours the rollback of ${phase.name} stays available`}
          value={phase.rollbackAvailableHours}
          positive
          onCommit={(v) => {
            if (v === null || v <= MAX_ROLLBACK_HOURS) edit({ rollbackAvailableHours: v });
          }}
        />
      </CaptionedField>
    </>
  );
}
