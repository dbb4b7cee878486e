import { useState } from 'react';
import type { Plan } from '../../domain';
import { proposePhases, type PhaseProposal } from '../../sql/propose-phases';
import type { SqlAnalysis } from '../../sql/types';
import { getServices, useWorkbench } from '../../state';
import { applyProposal, type ApplyMode } from './apply-proposal';
import { ProposalView } from './proposal-view';

type Shown = { proposal: PhaseProposal; from: SqlAnalysis };

/**
 * "Propose phases" only shows a proposal; the plan changes on "Apply to plan". Existing phases are
 * kept (the new ones are added after them) unless the person chooses to replace them.
 */
export function ProposalPanel({ plan, analysis }: { plan: Plan; analysis: SqlAnalysis | null }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [shown, setShown] = useState<Shown | null>(null);
  const [mode, setMode] = useState<ApplyMode>('append');
  const [rewriteForward, setRewriteForward] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const existing = plan.execution.phases.length;
  const outdated = shown !== null && shown.from !== analysis;
  const canPropose = analysis !== null && analysis.parseError === null && analysis.statements.length > 0;
  // A disabled button says why, and the outdated proposal's advice must not ask for what cannot be done.
  const whyNot =
    analysis === null
      ? 'Paste or load the forward migration first.'
      : analysis.parseError !== null
        ? 'Fix the parse error in the script first: phases are proposed from parsed statements.'
        : analysis.statements.length === 0
          ? 'The script has no statements to propose phases from.'
          : null;

  const propose = () => {
    if (!analysis) return;
    const { newId } = getServices();
    setShown({
      proposal: proposePhases(analysis, newId, { soakHours: plan.execution.soakHours }),
      from: analysis,
    });
    setDone(null);
  };

  const apply = () => {
    if (!shown || outdated) return;
    let message = '';
    planEdited((p) => {
      const result = applyProposal(p, shown.proposal, {
        mode: existing === 0 ? 'replace' : mode,
        rewriteForward,
        newId: getServices().newId,
      });
      const where = existing === 0 || mode === 'replace' ? '' : ` after the ${existing} existing`;
      message =
        `Applied ${result.phasesAdded} phase${result.phasesAdded === 1 ? '' : 's'}${where} to the plan; review them on the Execution step.` +
        (result.forwardRewritten ? ' The forward migration now holds only the expand and migrate SQL.' : '');
      return result.plan;
    });
    setShown(null);
    setDone(message);
  };

  return (
    <section className="sql-proposal" aria-labelledby="sql-proposal-heading">
      <div className="card-head">
        <h3 id="sql-proposal-heading">Expand / migrate / contract phases</h3>
        <button
          type="button"
          onClick={propose}
          disabled={!canPropose}
          aria-describedby={whyNot ? 'sql-propose-why' : undefined}
        >
          Propose phases
        </button>
      </div>
      {whyNot ? (
        <p id="sql-propose-why" className="field-help">
          {whyNot}
        </p>
      ) : null}
      {done ? (
        <p className="banner banner-info" role="status">
          {done}
        </p>
      ) : null}
      {shown ? (
        <div className="sql-proposal-review" role="region" aria-label="Proposed phases for review">
          {outdated ? (
            <p className="banner banner-warning" role="alert">
              The SQL changed since this proposal was made.{' '}
              {canPropose
                ? 'Propose again before applying.'
                : 'It cannot be applied until phases can be proposed again.'}
            </p>
          ) : null}
          <ProposalView proposal={shown.proposal} analysis={shown.from} />
          <fieldset className="sql-apply">
            <legend>Apply to plan</legend>
            {existing > 0 ? (
              <div role="radiogroup" aria-label="What to do with the existing phases">
                <label className="checkbox">
                  <input
                    type="radio"
                    name="sql-apply-mode"
                    checked={mode === 'append'}
                    onChange={() => setMode('append')}
                  />
                  Keep the {existing} existing phase{existing === 1 ? '' : 's'} and add these after them
                </label>
                <label className="checkbox">
                  <input
                    type="radio"
                    name="sql-apply-mode"
                    checked={mode === 'replace'}
                    onChange={() => setMode('replace')}
                  />
                  Replace the {existing} existing phase{existing === 1 ? '' : 's'} with these
                </label>
              </div>
            ) : null}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={rewriteForward}
                onChange={(e) => setRewriteForward(e.target.checked)}
              />
              Rewrite the forward migration to the expand and migrate SQL, so the contract statements live
              only in the contract phase
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={() => setShown(null)}>
                Discard proposal
              </button>
              <button type="button" className="primary" onClick={apply} disabled={outdated}>
                Apply to plan
              </button>
            </div>
          </fieldset>
        </div>
      ) : null}
    </section>
  );
}
