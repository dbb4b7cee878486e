import { memo } from 'react';
import { numberOrNull } from '../../components/datetime';
import { quantityOrNull } from '../../domain';
import { describedBy, Field } from '../../components/field';
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
const TRI_LABELS = { unknown: 'Not known yet', yes: 'Yes', no: 'No' } as const;
const TRI_ORDER = ['unknown', 'yes', 'no'] as const;

const DOWNTIME_LABELS: Record<(typeof DOWNTIME_KINDS)[number], string> = {
  unspecified: 'Not defined by stakeholders yet',
  zero: 'Zero downtime',
  'under-5-min': 'Less than 5 minutes',
  'under-1-hour': 'Less than 1 hour',
  'scheduled-window': 'A scheduled maintenance window',
};

function AssessmentBasicsView({ plan }: { plan: Plan }) {
  const form = usePlanForm(
    AssessmentBasicsForm,
    plan,
    toAssessmentBasics,
    applyAssessmentBasics,
    ASSESSMENT_BASICS_PATHS,
    usePlanBinding(),
  );
  const { errors } = form.formState;
  const downtimeKind = form.watch('downtimeKind');
  const scope = form.watch('scope');
  const num = { setValueAs: numberOrNull };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Scope, downtime and window">
      <fieldset className="card" data-path="assessment.scope">
        <legend>Migration scope</legend>
        <div className="choice-grid">
          {SCOPE_KINDS.map((kind) => (
            <label key={kind} className={`choice${scope.includes(kind) ? ' choice-chosen' : ''}`}>
              <input
                type="checkbox"
                value={kind}
                id={kind === 'schema' ? 'field-assessment-scope' : undefined}
                {...form.register('scope')}
              />
              <span>
                <strong>{kind[0]?.toUpperCase() + kind.slice(1)}</strong>
                <small>{SCOPE_HELP[kind]}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Downtime tolerance and window</legend>
        <Field
          path="assessment.downtime.kind"
          label="Acceptable downtime"
          error={errors.downtimeKind?.message}
        >
          <select {...describedBy('assessment.downtime.kind', {})} {...form.register('downtimeKind')}>
            {DOWNTIME_KINDS.map((k) => (
              <option key={k} value={k}>
                {DOWNTIME_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        {downtimeKind === 'scheduled-window' ? (
          <Field
            path="assessment.downtime.windowMinutes"
            label="Scheduled window (minutes)"
            error={errors.downtimeWindowMinutes?.message}
          >
            <input
              type="text"
              inputMode="decimal"
              {...describedBy('assessment.downtime.windowMinutes', {
                error: errors.downtimeWindowMinutes?.message,
              })}
              {...form.register('downtimeWindowMinutes', num)}
            />
          </Field>
        ) : null}
        <Field
          path="assessment.downtime.agreedBy"
          label="Agreed by"
          help="Who defined the tolerance, and when."
        >
          <input
            {...describedBy('assessment.downtime.agreedBy', { help: true })}
            {...form.register('downtimeAgreedBy')}
          />
        </Field>
        <Field
          path="assessment.maintenanceWindow.start"
          label="Maintenance window start"
          error={errors.windowStart?.message}
        >
          <input
            type="datetime-local"
            {...describedBy('assessment.maintenanceWindow.start', { error: errors.windowStart?.message })}
            {...form.register('windowStart')}
          />
        </Field>
        <Field
          path="assessment.maintenanceWindow.durationMinutes"
          label="Window length (minutes)"
          error={errors.windowMinutes?.message}
        >
          <input
            type="text"
            inputMode="decimal"
            {...describedBy('assessment.maintenanceWindow.durationMinutes', {
              error: errors.windowMinutes?.message,
            })}
            {...form.register('windowMinutes', num)}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            id="field-assessment-maintenanceWindow-offPeak"
            {...form.register('offPeak')}
          />{' '}
          The window is off-peak
        </label>
        <Field
          path="assessment.stakeholderNoticeAt"
          label="Stakeholders notified at"
          help="At least 48 hours before the window starts (GR-07)."
          error={errors.noticeAt?.message}
        >
          <input
            type="datetime-local"
            {...describedBy('assessment.stakeholderNoticeAt', {
              help: true,
              error: errors.noticeAt?.message,
            })}
            {...form.register('noticeAt')}
          />
        </Field>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>How the work rolls out</legend>
        <Field
          path="assessment.rollout.trafficSplit"
          label="Can traffic be split by percentage?"
          help="Feature flags or router weights send a share of requests to the new side: a canary becomes possible."
        >
          <select
            {...describedBy('assessment.rollout.trafficSplit', { help: true })}
            {...form.register('trafficSplit')}
          >
            {TRI_ORDER.map((v) => (
              <option key={v} value={v}>
                {TRI_LABELS[v]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          path="assessment.rollout.pieceByPiece"
          label="Does the work replace a monolith piece by piece?"
          help="Route by route or endpoint by endpoint, each slice switched on its own: a strangler fig."
        >
          <select
            {...describedBy('assessment.rollout.pieceByPiece', { help: true })}
            {...form.register('pieceByPiece')}
          >
            {TRI_ORDER.map((v) => (
              <option key={v} value={v}>
                {TRI_LABELS[v]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Measured throughput</legend>
        <Field
          path="assessment.throughput.rowsPerSecond"
          label="Rows per second on staging"
          error={errors.rowsPerSecond?.message}
        >
          <input
            type="text"
            inputMode="decimal"
            {...describedBy('assessment.throughput.rowsPerSecond', { error: errors.rowsPerSecond?.message })}
            {...form.register('rowsPerSecond', num)}
          />
        </Field>
        <Field
          path="assessment.throughput.batchSize"
          label="Batch size (rows)"
          error={errors.batchSize?.message}
        >
          <input
            type="text"
            inputMode="decimal"
            {...describedBy('assessment.throughput.batchSize', { error: errors.batchSize?.message })}
            {...form.register('batchSize', { setValueAs: quantityOrNull('count') })}
          />
        </Field>
        <Field
          path="assessment.throughput.measuredOn"
          label="Measured on"
          help="Environment and data set, e.g. “staging restored from last week’s snapshot”."
        >
          <input
            {...describedBy('assessment.throughput.measuredOn', { help: true })}
            {...form.register('measuredOn')}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            id="field-assessment-throughput-productionScaleData"
            {...form.register('productionScaleData')}
          />{' '}
          Measured with production-scale data (FM-01)
        </label>
      </fieldset>
    </form>
  );
}

/** The form owns its values while mounted (remounted per draft), so plan edits elsewhere need no re-render. */
export const AssessmentBasics = memo(AssessmentBasicsView, () => true);
