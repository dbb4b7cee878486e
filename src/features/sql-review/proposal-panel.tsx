import { useState } from 'react';
import { Checkbox, RadioChoices } from '../../components/controls';
import { Notice } from '../../components/notice';
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

  const phasesText = `${existing} existing phase${existing === 1 ? '' : 's'}`;
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
      <Notice text={done} tone="info" banner />
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
                <RadioChoices
                  name="sql-apply-mode"
                  choices={[
                    ['append', `Keep the ${phasesText} and add these after them`],
                    ['replace', `Replace the ${phasesText} with these`],
                  ]}
                  value={mode}
                  onChange={setMode}
                />
              </div>
            ) : null}
            <Checkbox checked={rewriteForward} onChange={setRewriteForward}>
              Rewrite the forward migration to the expand and migrate SQL, so the contract statements live
              only in the contract phase
            </Checkbox>
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
