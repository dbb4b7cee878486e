import { memo } from 'react';
import { numberOrNull } from '../../components/datetime';
import { CheckboxField, NumberField, TextField } from '../../components/plan-fields';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import type { Plan } from '../../domain';
import { SOAK_MIN_HOURS } from '../../domain/spec-limits';
import {
  applyExecutionBasics,
  ExecutionBasicsForm,
  toExecutionBasics,
  EXECUTION_BASICS_PATHS,
} from './mapping';

function ExecutionBasicsView({ plan }: { plan: Plan }) {
  const { field } = usePlanForm(
    ExecutionBasicsForm,
    plan,
    toExecutionBasics,
    applyExecutionBasics,
    EXECUTION_BASICS_PATHS,
    usePlanBinding(),
  );
  return (
    <form className="card form-grid" onSubmit={(e) => e.preventDefault()} aria-label="Soak and coordination">
      <NumberField
        {...field('soakHours', { setValueAs: numberOrNull })}
        label="Soak period (hours)"
        help={`Monitor production metrics for at least ${SOAK_MIN_HOURS} hours.`}
      />
      <TextField
        {...field('coordinator')}
        label="Migration coordinator"
        help="Needed when several teams own affected components (AQ-04)."
      />
      <CheckboxField {...field('crossTeamScheduleConfirmed')} label="Cross-team scheduling confirmed" />
    </form>
  );
}

/** The form owns its values while mounted. */
export const ExecutionBasics = memo(ExecutionBasicsView, () => true);
