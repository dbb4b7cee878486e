import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TableScroll } from '../../components/table-scroll';
import { describedBy, Field } from '../../components/field';
import { usePlanForm } from '../../components/use-section-form';
import { ADR_STATUSES, type Plan } from '../../domain';
import { STRATEGY_LABEL, APPROACH_LABEL, type Evaluation } from '../../engine';
import { useWorkbench, usePlanBinding } from '../../state';
import { useEvaluation } from '../../state/use-evaluation';
import { adrIsEmpty, canDraftAdr, prefillAdr, redraftAdr } from './adr-prefill';
import { applyStrategyForm, StrategyForm, toStrategyForm, STRATEGY_PATHS } from './mapping';
import { DATA_APPROACH_TABLE, STRATEGY_TABLE } from './strategy-table';
import './strategy.css';

export function StrategyStep({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const evaluation = useEvaluation();
  // An empty ADR is drafted from the engine once, before the form reads it; the person edits from there.
  const needsPrefill = evaluation !== null && adrIsEmpty(plan.strategy.adr) && canDraftAdr(plan);
  // Bumped when the ADR is redrafted, to remount the form with the new texts.
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (needsPrefill && evaluation) planEdited((p) => prefillAdr(p, evaluation));
  }, [needsPrefill, evaluation, planEdited]);
  if (!evaluation || needsPrefill) return null;
  return (
    <>
      <StrategyEditor
        key={generation}
        plan={plan}
        evaluation={evaluation}
        onRedraft={() => setConfirming(true)}
      />
      <ConfirmDialog
        open={confirming}
        title="Redraft the ADR?"
        confirmLabel="Replace with a new draft"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          planEdited((p) => redraftAdr(p, evaluation));
          setGeneration((g) => g + 1);
        }}
      >
        <p>
          Context, decision, consequences and alternatives are replaced by a draft for the strategy and data
          approach you chose (the engine’s recommendation where you have not chosen), with the engine’s
          reasoning and your justification. Status and deciders stay.
        </p>
      </ConfirmDialog>
    </>
  );
}

function StrategyEditor({
  plan,
  evaluation,
  onRedraft,
}: {
  plan: Plan;
  evaluation: Evaluation;
  onRedraft: () => void;
}) {
  const form = usePlanForm(
    StrategyForm,
    plan,
    toStrategyForm,
    applyStrategyForm,
    STRATEGY_PATHS,
    usePlanBinding(),
  );
  const { errors } = form.formState;
  const chosen = form.watch('deployment');
  const chosenApproach = form.watch('dataApproach');
  const justification = form.watch('justification');
  const recommended = evaluation.strategy.recommended;
  const recommendedApproach = evaluation.dataApproach.recommended;
  const scoreOf = new Map(evaluation.strategy.ranked.map((r) => [r.strategy, r.score]));
  const reasons = evaluation.strategy.ranked.find((r) => r.strategy === recommended)?.reasons ?? [];
  const differs =
    (chosen !== '' && chosen !== recommended) ||
    (chosenApproach !== '' && chosenApproach !== recommendedApproach);
  const justificationMissing =
    differs && justification.trim() === ''
      ? 'You chose differently from the recommendation: say why (required).'
      : undefined;

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Strategy">
      <fieldset className="card" data-path="strategy.deployment">
        <legend>Deployment strategy</legend>
        <TableScroll label="Deployment strategies">
          <table className="data-table strategy-table">
            <thead>
              <tr>
                <th scope="col">Choose</th>
                <th scope="col">Strategy</th>
                <th scope="col">Downtime</th>
                <th scope="col">Complexity</th>
                <th scope="col">Risk</th>
                <th scope="col">Best for</th>
                <th scope="col">Engine</th>
              </tr>
            </thead>
            <tbody>
              {STRATEGY_TABLE.map((row, index) => (
                <tr
                  key={row.id}
                  className={`${chosen === row.id ? 'row-chosen' : ''} ${recommended === row.id ? 'row-recommended' : ''}`}
                >
                  <td>
                    <input
                      type="radio"
                      value={row.id}
                      id={index === 0 ? 'field-strategy-deployment' : `strategy-${row.id}`}
                      aria-label={row.name}
                      {...form.register('deployment')}
                    />
                  </td>
                  <th scope="row">
                    <label htmlFor={index === 0 ? 'field-strategy-deployment' : `strategy-${row.id}`}>
                      {row.name}
                    </label>
                  </th>
                  <td>{row.downtime}</td>
                  <td>{row.complexity}</td>
                  <td>{row.risk}</td>
                  <td>{row.bestFor}</td>
                  <td>
                    {recommended === row.id ? (
                      <span className="badge badge-ok">Recommended</span>
                    ) : (
                      <span className="muted">score {scoreOf.get(row.id)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="reasons" aria-label="Why the engine recommends this">
          <p>
            <strong>Recommended: {STRATEGY_LABEL[recommended]}</strong>{' '}
            <span className="muted">({evaluation.strategy.ruleIds.join(', ')})</span>
          </p>
          <ul>
            {reasons.map((r, i) => (
              <li key={i}>
                <span className="rule-id">{r.ruleId}</span> {r.text}
              </li>
            ))}
          </ul>
        </div>
      </fieldset>

      <fieldset className="card" data-path="strategy.dataApproach">
        <legend>Data migration approach</legend>
        <div className="choice-grid">
          {DATA_APPROACH_TABLE.map((row, index) => (
            <label key={row.id} className={`choice${chosenApproach === row.id ? ' choice-chosen' : ''}`}>
              <input
                type="radio"
                value={row.id}
                id={index === 0 ? 'field-strategy-dataApproach' : undefined}
                {...form.register('dataApproach')}
              />
              <span>
                <strong>{row.name}</strong>
                <small>{row.description}</small>
              </span>
            </label>
          ))}
        </div>
        <div className="reasons">
          <p>
            <strong>Recommended: {APPROACH_LABEL[recommendedApproach]}</strong>{' '}
            <span className="muted">({evaluation.dataApproach.ruleIds.join(', ') || 'no rule applies'})</span>
          </p>
          <ul>
            {evaluation.dataApproach.reasons.map((r, i) => (
              <li key={i}>
                <span className="rule-id">{r.ruleId}</span> {r.text}
              </li>
            ))}
          </ul>
        </div>
        <div className="form-grid">
          <label className="checkbox">
            <input
              type="checkbox"
              id="field-strategy-reconciliationJob"
              {...form.register('reconciliationJob')}
            />{' '}
            A reconciliation job compares old and new stores and alerts on divergence (FM-05)
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              id="field-strategy-featureFlagRouting"
              {...form.register('featureFlagRouting')}
            />{' '}
            Feature flags route traffic gradually (FM-04)
          </label>
        </div>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Why this strategy</legend>
        <Field
          path="strategy.rationale"
          label="Rationale"
          wide
          help="Recorded in the audit log’s strategy-selected line."
          error={errors.rationale?.message}
        >
          <textarea
            rows={3}
            {...describedBy('strategy.rationale', { help: true, error: errors.rationale?.message })}
            {...form.register('rationale')}
          />
        </Field>
        <Field
          path="strategy.justification"
          label="Justification for differing from the recommendation"
          wide
          error={errors.justification?.message ?? justificationMissing}
        >
          <textarea
            rows={3}
            {...describedBy('strategy.justification', {
              error: errors.justification?.message ?? justificationMissing,
            })}
            {...form.register('justification')}
          />
        </Field>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Architecture decision record</legend>
        <div className="field-wide row">
          <span className="field-help">
            Drafted for the strategy you chose, with the engine’s reasoning; edit freely.
          </span>
          <button type="button" onClick={onRedraft}>
            Redraft from the engine
          </button>
        </div>
        <Field path="strategy.adr.status" label="Status">
          <select {...describedBy('strategy.adr.status', {})} {...form.register('adrStatus')}>
            {ADR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
        <Field path="strategy.adr.deciders" label="Deciders">
          <input {...describedBy('strategy.adr.deciders', {})} {...form.register('adrDeciders')} />
        </Field>
        {(
          [
            ['adrContext', 'strategy.adr.context', 'Context'],
            ['adrDecision', 'strategy.adr.decision', 'Decision'],
            ['adrConsequences', 'strategy.adr.consequences', 'Consequences'],
            ['adrAlternatives', 'strategy.adr.alternatives', 'Alternatives considered'],
          ] as const
        ).map(([name, path, label]) => (
          <Field key={name} path={path} label={label} wide error={errors[name]?.message}>
            <textarea
              rows={3}
              {...describedBy(path, { error: errors[name]?.message })}
              {...form.register(name)}
            />
          </Field>
        ))}
      </fieldset>
    </form>
  );
}
