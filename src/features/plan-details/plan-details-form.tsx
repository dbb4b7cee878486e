import { memo, useState } from 'react';
import { TextAreaField, TextField } from '../../components/plan-fields';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import type { Plan } from '../../domain';
import { applyPlanDetailsForm, PlanDetailsForm, toPlanDetailsForm, PLAN_DETAILS_PATHS } from './mapping';
import './plan-details.css';

/** Title, summary, owners and target date: the plan's own fields, editable from every step. */
function PlanDetailsView({ plan }: { plan: Plan }) {
  const { field } = usePlanForm(
    PlanDetailsForm,
    plan,
    toPlanDetailsForm,
    applyPlanDetailsForm,
    PLAN_DETAILS_PATHS,
    usePlanBinding(),
  );
  // A new plan opens with its details expanded; after that the person decides.
  const [open, setOpen] = useState(() => plan.summary === '' && plan.owners.length === 0);

  return (
    <details className="card plan-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="plan-details-title">Plan details</span>
        <span className="muted">
          {plan.owners.length > 0 ? `Owners: ${plan.owners.join(', ')}` : 'No owners yet'}
          {plan.targetDate ? ` · target ${plan.targetDate}` : ''}
        </span>
      </summary>
      <form className="form-grid" onSubmit={(e) => e.preventDefault()} aria-label="Plan details">
        <TextField {...field('title')} label="Title" required maxLength={500} />
        <TextField {...field('targetDate')} type="date" label="Target date" />
        <TextAreaField
          {...field('summary')}
          label="Summary"
          wide
          help="What changes, why now, and what must not break."
        />
        <TextAreaField
          {...field('owners')}
          label="Owners"
          help="One per line, e.g. “Priya Raman (Payments platform)”."
        />
      </form>
    </details>
  );
}

/** Only the collapsed summary line reads the plan after mount. */
export const PlanDetails = memo(
  PlanDetailsView,
  (a, b) =>
    a.plan.owners === b.plan.owners &&
    a.plan.targetDate === b.plan.targetDate &&
    a.plan.summary === b.plan.summary &&
    a.plan.id === b.plan.id,
);
