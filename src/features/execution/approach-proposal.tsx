import { useState } from 'react';
import { Checkbox } from '../../components/controls';
import { Notice } from '../../components/notice';
import type { Plan } from '../../domain';
import { MECHANISM_TEXT } from '../../engine';
import { proposeApproachPhases, type ApproachProposal } from '../../sql/propose-approach';
import { getServices, useWorkbench } from '../../state';
import { useEvaluation } from '../../state/use-evaluation';
import { approachChoice, withProposedPhases } from './approach-input';

/**
 * "Propose phases" for a move or a strangler fig, from the plan's facts: it only shows the proposal;
 * the plan changes on "Apply to plan", after the existing phases unless the person replaces them.
 */
export function ApproachProposalCard({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const evaluation = useEvaluation();
  const [shown, setShown] = useState<ApproachProposal | null>(null);
  const [replace, setReplace] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!evaluation) return null;
  const choice = approachChoice(plan, evaluation);
  const existing = plan.execution.phases.length;
  const propose = () => {
    if (!('input' in choice)) return;
    setShown(proposeApproachPhases(choice.input, getServices().newId));
    setDone(null);
  };
  const apply = () => {
    if (!shown) return;
    const replacing = replace || existing === 0;
    planEdited((p) => withProposedPhases(p, shown.phases, replacing));
    setDone(
      `Added ${shown.phases.length} phases${replacing ? '' : ` after the ${existing} existing`}. Give each an owner, a start and a duration.`,
    );
    setShown(null);
  };
  return (
    <section className="card" aria-labelledby="approach-proposal-heading">
      <div className="card-head">
        <h2 id="approach-proposal-heading">
          {'input' in choice ? `Phases for ${choice.label}` : 'Phases for the approach'}
        </h2>
        <button
          type="button"
          onClick={propose}
          disabled={!('input' in choice)}
          aria-describedby={'input' in choice ? undefined : 'approach-proposal-why'}
        >
          Propose phases
        </button>
      </div>
      {'input' in choice ? (
        <p className="field-help">
          From the plan’s facts: {choice.input.source} to {choice.input.target}. Each phase comes with the
          integrity checks that gate the next one and the rollback that still works after it.
        </p>
      ) : (
        <p className="field-help" id="approach-proposal-why">
          {choice.reason}
        </p>
      )}
      <Notice text={done} tone="info" banner />
      {shown ? (
        <div role="region" aria-label="Proposed phases for review">
          <ol className="proposal-list">
            {shown.phases.map((phase) => (
              <li key={phase.id}>
                <span className={`tag kind-${phase.kind}`}>{phase.kind}</span> <strong>{phase.name}</strong>
                <div className="muted">
                  {phase.timing === 'in-window' ? 'Inside the window' : 'Online'}
                  {phase.pausable ? ', pausable' : ''} · rollback after it:{' '}
                  {MECHANISM_TEXT[phase.rollbackMechanism]} · {phase.integrityChecks.length} check
                  {phase.integrityChecks.length === 1 ? '' : 's'}:{' '}
                  {phase.integrityChecks.map((c) => `${c.kind} of ${c.target}`).join('; ')}
                </div>
              </li>
            ))}
          </ol>
          {existing > 0 ? (
            <Checkbox checked={replace} onChange={setReplace}>
              Replace the {existing} existing phase{existing === 1 ? '' : 's'} instead of adding after them
            </Checkbox>
          ) : null}
          <div className="dialog-actions">
            <button type="button" onClick={() => setShown(null)}>
              Discard proposal
            </button>
            <button type="button" className="primary" onClick={apply}>
              Apply to plan
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
