import { memo, useState, type KeyboardEvent } from 'react';
import { Checkbox, RemoveButton } from '../../components/controls';
import { isoToLocalInput, localInputToIso } from '../../components/datetime';
import { CaptionedField, Field, fieldId } from '../../components/field';
import {
  fieldCheck,
  OptionalNumberCell,
  SelectCell,
  TextAreaCell,
  TextCell,
} from '../../components/inline-cells';
import { Phase as PhaseSchema, PHASE_KINDS, type Phase } from '../../domain';
import type { PhaseEstimate } from '../../engine';
import { useWorkbench } from '../../state';
import { ChecksEditor } from './checks-editor';
import { RunsFields } from './phase-runs-fields';
import { movePhase, removePhase, updatePhase } from './phases-ops';
import { StepsEditor } from './steps-editor';

/** The plan's own bound on a phase's length (years are not a phase). */
const DURATION_CHECK = fieldCheck(PhaseSchema.shape.durationMinutes);

const KIND_HELP: Record<Phase['kind'], string> = {
  expand: 'backward-compatible additions',
  migrate: 'move or backfill data, switch reads',
  backfill: 'bulk copy of the existing data',
  sync: 'replication catch-up, or the dual-write period',
  verify: 'shadow reads, diffs, row counts and checksums',
  'cut-over': 'the switch to the new side',
  contract: 'remove the old: after the soak',
  decommission: 'retire the old store or service: after the soak',
};

type Props = {
  phase: Phase;
  index: number;
  count: number;
  isPonr: boolean;
  /** The engine's point of no return: rollback without data loss ends after this phase. */
  isComputedPonr: boolean;
  estimate: PhaseEstimate | undefined;
};

/** Every evaluation makes new estimates: a card redraws only when its own one says something else. */
const sameEstimate = (a: PhaseEstimate | undefined, b: PhaseEstimate | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    (Object.keys(a) as Array<keyof PhaseEstimate>).every((key) => a[key] === b[key]));

/**
 * Memoised: an edit redraws the cards of the phases it changed, not all 500 of a long plan (the
 * phase objects of unchanged phases are kept by every edit, phases-ops.ts).
 */
export const PhaseCard = memo(
  PhaseCardView,
  (a: Props, b: Props) =>
    a.phase === b.phase &&
    a.index === b.index &&
    a.count === b.count &&
    a.isPonr === b.isPonr &&
    a.isComputedPonr === b.isComputedPonr &&
    sameEstimate(a.estimate, b.estimate),
);

function PhaseCardView({ phase, index, count, isPonr, isComputedPonr, estimate }: Props) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [open, setOpen] = useState(false);
  const edit = (patch: Partial<Omit<Phase, 'id'>>) => planEdited((p) => updatePhase(p, phase.id, patch));
  const move = (delta: -1 | 1) => planEdited((p) => movePhase(p, phase.id, delta));
  // Alt+ArrowUp / Alt+ArrowDown reorder the phase from anywhere inside its card.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(e.key === 'ArrowUp' ? -1 : 1);
  };
  const path = `execution.phases[${index}]`;
  const [startText, setStartText] = useState(isoToLocalInput(phase.plannedStart));

  return (
    <li
      className={`phase-card phase-${phase.kind}`}
      data-path={path}
      onKeyDown={onKeyDown}
      aria-label={`Phase ${index + 1}: ${phase.name}`}
    >
      <div className="phase-head">
        <span className="phase-number">{index + 1}</span>
        <button
          type="button"
          className="phase-toggle"
          aria-expanded={open}
          id={`field-execution-phases-${index}-`}
          onClick={() => setOpen(!open)}
        >
          <strong>{phase.name}</strong>
          <span className={`tag kind-${phase.kind}`}>{phase.kind}</span>
          {isPonr ? <span className="tag tag-ponr">point of no return</span> : null}
          {isComputedPonr && !isPonr ? (
            <span className="tag tag-ponr">point of no return (computed)</span>
          ) : null}
          {estimate?.timing === 'in-window' ? <span className="tag">in window</span> : null}
          <span className="muted">
            {phase.durationMinutes ? `${phase.durationMinutes} min` : 'no duration'} · {phase.steps.length}{' '}
            step{phase.steps.length === 1 ? '' : 's'} · {phase.integrityChecks.length} check
            {phase.integrityChecks.length === 1 ? '' : 's'}
          </span>
        </button>
        <div className="phase-actions">
          <button
            type="button"
            aria-label={`Move ${phase.name} up`}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${phase.name} down`}
            disabled={index === count - 1}
            onClick={() => move(1)}
          >
            ↓
          </button>
          <RemoveButton
            label={`Delete phase ${phase.name}`}
            word="Delete"
            onClick={() => planEdited((p) => removePhase(p, phase.id))}
          />
        </div>
      </div>
      {open ? (
        <div className="phase-body">
          <div className="form-grid">
            <CaptionedField caption="Name">
              <TextCell
                label={`Name of phase ${index + 1}`}
                value={phase.name}
                required
                onCommit={(v) => edit({ name: v })}
                id={`${fieldId(path)}-name`}
              />
            </CaptionedField>
            <CaptionedField caption="Owner">
              <TextCell
                label={`Owner of ${phase.name}`}
                value={phase.owner}
                onCommit={(v) => edit({ owner: v })}
              />
            </CaptionedField>
            <CaptionedField caption="Kind" help={KIND_HELP[phase.kind]}>
              <SelectCell
                label={`Kind of ${phase.name}`}
                value={phase.kind}
                options={PHASE_KINDS}
                onCommit={(v) => edit({ kind: v })}
              />
            </CaptionedField>
            <Field id={`start-${phase.id}`} label="Planned start">
              {(wired) => (
                <input
                  {...wired}
                  type="datetime-local"
                  value={startText}
                  onChange={(e) => {
                    setStartText(e.target.value);
                    if (e.target.value === '' || localInputToIso(e.target.value) !== null)
                      edit({ plannedStart: localInputToIso(e.target.value) });
                  }}
                />
              )}
            </Field>
            <CaptionedField caption="Duration (minutes)">
              <OptionalNumberCell
                label={`Duration of ${phase.name} in minutes`}
                value={phase.durationMinutes}
                positive
                validate={DURATION_CHECK}
                onCommit={(v) => edit({ durationMinutes: v })}
              />
            </CaptionedField>
            <RunsFields phase={phase} index={index} estimate={estimate} edit={edit} />
            <Checkbox checked={phase.pausable} onChange={(pausable) => edit({ pausable })}>
              Pausable and resumable (FM-01)
            </Checkbox>
            <Checkbox checked={phase.deletesSource} onChange={(deletesSource) => edit({ deletesSource })}>
              Deletes or truncates source data (only after the soak, GR-02)
            </Checkbox>
            <CaptionedField caption="Verification" wide>
              <TextAreaCell
                label={`Verification of ${phase.name}`}
                value={phase.verification}
                placeholder="How you know the phase worked"
                onCommit={(v) => edit({ verification: v })}
              />
            </CaptionedField>
          </div>
          <StepsEditor phase={phase} phaseIndex={index} />
          <ChecksEditor phase={phase} phaseIndex={index} />
        </div>
      ) : null}
    </li>
  );
}
