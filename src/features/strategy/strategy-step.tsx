import { useEffect, useState } from 'react';
import { ConfirmDialog, useConfirm } from '../../components/confirm-dialog';
import {
  CheckboxField,
  ChoiceCardsField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/plan-fields';
import { usePlanForm } from '../../components/use-section-form';
import { ADR_STATUSES, type Plan } from '../../domain';
import { STRATEGY_LABEL, APPROACH_LABEL, type Evaluation } from '../../engine';
import { useWorkbench, usePlanBinding } from '../../state';
import { useEvaluation } from '../../state/use-evaluation';
import { adrIsEmpty, canDraftAdr, prefillAdr, redraftAdr } from './adr-prefill';
import { applyStrategyForm, StrategyForm, toStrategyForm, STRATEGY_PATHS } from './mapping';
import { RecommendationReasons } from './recommendation-reasons';
import { StrategyChoice } from './strategy-choice';
import { DATA_APPROACH_TABLE } from './strategy-table';
import './strategy.css';

export function StrategyStep({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const evaluation = useEvaluation();
  // An empty ADR is drafted from the engine once, before the form reads it; the person edits from there.
  const needsPrefill = evaluation !== null && adrIsEmpty(plan.strategy.adr) && canDraftAdr(plan);
  // Bumped when the ADR is redrafted, to remount the form with the new texts.
  const [generation, setGeneration] = useState(0);
  const confirmRedraft = useConfirm(() => {
    if (!evaluation) return;
    planEdited((p) => redraftAdr(p, evaluation));
    setGeneration((g) => g + 1);
  });
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
        onRedraft={() => confirmRedraft.ask()}
      />
      <ConfirmDialog
        {...confirmRedraft.dialog}
        title="Redraft the ADR?"
        confirmLabel="Replace with a new draft"
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
  const { form, field } = usePlanForm(
    StrategyForm,
    plan,
    toStrategyForm,
    applyStrategyForm,
    STRATEGY_PATHS,
    usePlanBinding(),
  );
  const chosen = form.watch('deployment');
  const chosenApproach = form.watch('dataApproach');
  const justification = field('justification');
  const recommended = evaluation.strategy.recommended;
  const recommendedApproach = evaluation.dataApproach.recommended;
  const reasons = evaluation.strategy.ranked.find((r) => r.strategy === recommended)?.reasons ?? [];
  const differs =
    (chosen !== '' && chosen !== recommended) ||
    (chosenApproach !== '' && chosenApproach !== recommendedApproach);
  const justificationMissing =
    differs && form.watch('justification').trim() === ''
      ? 'You chose differently from the recommendation: say why (required).'
      : undefined;

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Strategy">
      <fieldset className="card" data-path="strategy.deployment">
        <legend>Deployment strategy</legend>
        <StrategyChoice register={form.register} chosen={chosen} recommendation={evaluation.strategy} />
        <RecommendationReasons
          label="Why the engine recommends this"
          recommended={STRATEGY_LABEL[recommended]}
          ruleIds={evaluation.strategy.ruleIds}
          reasons={reasons}
        />
      </fieldset>

      <fieldset className="card" data-path="strategy.dataApproach">
        <legend>Data migration approach</legend>
        <ChoiceCardsField
          {...field('dataApproach')}
          type="radio"
          choices={DATA_APPROACH_TABLE}
          chosen={(id) => id === chosenApproach}
        />
        <RecommendationReasons
          recommended={APPROACH_LABEL[recommendedApproach]}
          ruleIds={evaluation.dataApproach.ruleIds}
          reasons={evaluation.dataApproach.reasons}
        />
        <div className="form-grid">
          <CheckboxField
            {...field('reconciliationJob')}
            label="A reconciliation job compares old and new stores and alerts on divergence (FM-05)"
          />
          <CheckboxField
            {...field('featureFlagRouting')}
            label="Feature flags route traffic gradually (FM-04)"
          />
        </div>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Why this strategy</legend>
        <TextAreaField
          {...field('rationale')}
          label="Rationale"
          wide
          help="Recorded in the audit log’s strategy-selected line."
        />
        <TextAreaField
          {...justification}
          error={justification.error ?? justificationMissing}
          label="Justification for differing from the recommendation"
          wide
        />
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
        <SelectField
          {...field('adrStatus')}
          label="Status"
          choices={ADR_STATUSES.map((s) => [s, s] as const)}
        />
        <TextField {...field('adrDeciders')} label="Deciders" />
        <TextAreaField {...field('adrContext')} label="Context" wide />
        <TextAreaField {...field('adrDecision')} label="Decision" wide />
        <TextAreaField {...field('adrConsequences')} label="Consequences" wide />
        <TextAreaField {...field('adrAlternatives')} label="Alternatives considered" wide />
      </fieldset>
    </form>
  );
}
