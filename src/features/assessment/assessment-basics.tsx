import { memo } from 'react';
import { numberOrNull } from '../../components/datetime';
import { quantityOrNull } from '../../domain';
import { NOTICE_MIN_HOURS } from '../../domain/spec-limits';
import { choicesOf, type Choices } from '../../components/controls';
import {
  CheckboxField,
  ChoiceCardsField,
  NumberField,
  SelectField,
  TextField,
} from '../../components/plan-fields';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import { DOWNTIME_KINDS, SCOPE_KINDS, type Plan } from '../../domain';
import {
  applyAssessmentBasics,
  AssessmentBasicsForm,
  toAssessmentBasics,
  ASSESSMENT_BASICS_PATHS,
} from './basics-mapping';

const SCOPE_HELP: Record<(typeof SCOPE_KINDS)[number], string> = {
  schema: 'Table/column changes, index modifications',
  data: 'Format conversion, data backfill, ETL',
  service: 'API version upgrade, protocol change',
  infrastructure: 'Cloud provider, region, runtime',
};
const SCOPES = SCOPE_KINDS.map((kind) => ({
  id: kind,
  name: kind[0]?.toUpperCase() + kind.slice(1),
  description: SCOPE_HELP[kind],
}));
const TRI: Choices = [
  ['unknown', 'Not known yet'],
  ['yes', 'Yes'],
  ['no', 'No'],
];

const DOWNTIME_LABELS: Record<(typeof DOWNTIME_KINDS)[number], string> = {
  unspecified: 'Not defined by stakeholders yet',
  zero: 'Zero downtime',
  'under-5-min': 'Less than 5 minutes',
  'under-1-hour': 'Less than 1 hour',
  'scheduled-window': 'A scheduled maintenance window',
};

function AssessmentBasicsView({ plan }: { plan: Plan }) {
  const { form, field } = usePlanForm(
    AssessmentBasicsForm,
    plan,
    toAssessmentBasics,
    applyAssessmentBasics,
    ASSESSMENT_BASICS_PATHS,
    usePlanBinding(),
  );
  const downtimeKind = form.watch('downtimeKind');
  const scope = form.watch('scope');
  const num = { setValueAs: numberOrNull };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Scope, downtime and window">
      <fieldset className="card" data-path="assessment.scope">
        <legend>Migration scope</legend>
        <ChoiceCardsField
          {...field('scope')}
          type="checkbox"
          choices={SCOPES}
          chosen={(kind) => scope.includes(kind)}
        />
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Downtime tolerance and window</legend>
        <SelectField
          {...field('downtimeKind')}
          label="Acceptable downtime"
          choices={choicesOf(DOWNTIME_KINDS, DOWNTIME_LABELS)}
        />
        {downtimeKind === 'scheduled-window' ? (
          <NumberField {...field('downtimeWindowMinutes', num)} label="Scheduled window (minutes)" />
        ) : null}
        <TextField
          {...field('downtimeAgreedBy')}
          label="Agreed by"
          help="Who defined the tolerance, and when."
        />
        <TextField {...field('windowStart')} type="datetime-local" label="Maintenance window start" />
        <NumberField {...field('windowMinutes', num)} label="Window length (minutes)" />
        <CheckboxField {...field('offPeak')} label="The window is off-peak" />
        <TextField
          {...field('noticeAt')}
          type="datetime-local"
          label="Stakeholders notified at"
          help={`At least ${NOTICE_MIN_HOURS} hours before the window starts (GR-07).`}
        />
      </fieldset>

      <fieldset className="card form-grid">
        <legend>How the work rolls out</legend>
        <SelectField
          {...field('trafficSplit')}
          label="Can traffic be split by percentage?"
          help="Feature flags or router weights send a share of requests to the new side: a canary becomes possible."
          choices={TRI}
        />
        <SelectField
          {...field('pieceByPiece')}
          label="Does the work replace a monolith piece by piece?"
          help="Route by route or endpoint by endpoint, each slice switched on its own: a strangler fig."
          choices={TRI}
        />
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Measured throughput</legend>
        <NumberField {...field('rowsPerSecond', num)} label="Rows per second on staging" />
        <NumberField
          {...field('batchSize', { setValueAs: quantityOrNull('count') })}
          label="Batch size (rows)"
        />
        <TextField
          {...field('measuredOn')}
          label="Measured on"
          help="Environment and data set, e.g. “staging restored from last week’s snapshot”."
        />
        <CheckboxField
          {...field('productionScaleData')}
          label="Measured with production-scale data (FM-01)"
        />
      </fieldset>
    </form>
  );
}

/** The form owns its values while mounted (remounted per draft), so plan edits elsewhere need no re-render. */
export const AssessmentBasics = memo(AssessmentBasicsView, () => true);
