import { fieldId } from '../../components/field';
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
/** How long a rollback mechanism may stay available: two years, as the plan allows. */
const MAX_ROLLBACK_HOURS = 2 * 365 * 24;

function Choice<T extends string>(props: {
  id: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  describedBy: string;
  onCommit: (value: T) => void;
}) {
  return (
    <select
      id={props.id}
      value={props.value}
      aria-describedby={props.describedBy}
      onChange={(e) => {
        const picked = props.options.find((o) => o === e.target.value);
        if (picked !== undefined) props.onCommit(picked);
      }}
    >
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.labels[o]}
        </option>
      ))}
    </select>
  );
}

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
  const id = (field: string) => fieldId(`execution.phases[${index}].${field}`);
  const inferred =
    phase.timing === 'unknown' && estimate
      ? `The engine reads it as ${estimate.timing === 'in-window' ? 'inside the window' : 'online'}: ${estimate.why}.`
      : 'Only work inside the window is held against it.';
  return (
    <>
      <div className="field">
        <label htmlFor={id('timing')}>Runs</label>
        <Choice
          id={id('timing')}
          value={phase.timing}
          options={PHASE_TIMINGS}
          labels={TIMING_LABELS}
          describedBy={`${id('timing')}-help`}
          onCommit={(timing) => edit({ timing })}
        />
        <span className="field-help" id={`${id('timing')}-help`}>
          {inferred}
        </span>
      </div>
      <div className="field">
        <label htmlFor={id('rollbackMechanism')}>Rollback after this phase</label>
        <Choice
          id={id('rollbackMechanism')}
          value={phase.rollbackMechanism}
          options={ROLLBACK_MECHANISMS}
          labels={MECHANISM_LABELS}
          describedBy={`${id('rollbackMechanism')}-help`}
          onCommit={(rollbackMechanism) => edit({ rollbackMechanism })}
        />
        <span className="field-help" id={`${id('rollbackMechanism')}-help`}>
          What still brings the system back once this phase has run.
        </span>
      </div>
      <div className="field">
        <span className="field-label">Rollback stays available (hours)</span>
        <OptionalNumberCell
          id={id('rollbackAvailableHours')}
          label={`Hours the rollback of ${phase.name} stays available`}
          value={phase.rollbackAvailableHours}
          positive
          onCommit={(v) => {
            if (v === null || v <= MAX_ROLLBACK_HOURS) edit({ rollbackAvailableHours: v });
          }}
        />
        <span className="field-help">Empty: until a later phase ends it.</span>
      </div>
    </>
  );
}
