import { memo } from 'react';
import { numberOrNull } from '../../components/datetime';
import { describedBy, Field } from '../../components/field';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import type { Plan } from '../../domain';
import {
  applyExecutionBasics,
  ExecutionBasicsForm,
  toExecutionBasics,
  EXECUTION_BASICS_PATHS,
} from './mapping';

function ExecutionBasicsView({ plan }: { plan: Plan }) {
  const form = usePlanForm(
    ExecutionBasicsForm,
    plan,
    toExecutionBasics,
    applyExecutionBasics,
    EXECUTION_BASICS_PATHS,
    usePlanBinding(),
  );
  const { errors } = form.formState;
  return (
    <form className="card form-grid" onSubmit={(e) => e.preventDefault()} aria-label="Soak and coordination">
      <Field
        path="execution.soakHours"
        label="Soak period (hours)"
        help="Monitor production metrics for at least 24 hours."
        error={errors.soakHours?.message}
      >
        <input
          type="text"
          inputMode="decimal"
          {...describedBy('execution.soakHours', { help: true, error: errors.soakHours?.message })}
          {...form.register('soakHours', { setValueAs: numberOrNull })}
        />
      </Field>
      <Field
        path="execution.coordinator"
        label="Migration coordinator"
        help="Needed when several teams own affected components (AQ-04)."
      >
        <input {...describedBy('execution.coordinator', { help: true })} {...form.register('coordinator')} />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          id="field-execution-crossTeamScheduleConfirmed"
          {...form.register('crossTeamScheduleConfirmed')}
        />{' '}
        Cross-team scheduling confirmed
      </label>
    </form>
  );
}

/** The form owns its values while mounted. */
export const ExecutionBasics = memo(ExecutionBasicsView, () => true);
