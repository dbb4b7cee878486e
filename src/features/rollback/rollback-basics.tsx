import { memo } from 'react';
import type { Choices } from '../../components/controls';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/plan-fields';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import type { Plan } from '../../domain';
import { applyRollbackBasics, RollbackBasicsForm, toRollbackBasics, ROLLBACK_BASICS_PATHS } from './mapping';

const TRI: Choices = [
  ['unknown', 'Not decided yet'],
  ['yes', 'Yes'],
  ['no', 'No'],
];
/** The spec's rollback procedure, a layer a line: what each must keep so that it can go back. */
const PROCEDURES = [
  ['database', 'Database', 'Backward-compatible migrations only; keep rollback scripts.'],
  ['services', 'Services', 'Maintain previous version artifacts and routing config.'],
  ['data', 'Data', 'Preserve original data until migration is verified (never delete source).'],
] as const;
const SCHEMA_ROLLBACK: Choices = [
  ['unknown', 'Not decided yet'],
  ['yes', 'Yes: the schema is rolled back with the application'],
  ['no', 'No: the schema stays; the old application version must work with it'],
];

function RollbackBasicsView({ plan }: { plan: Plan }) {
  const { form, field } = usePlanForm(
    RollbackBasicsForm,
    plan,
    toRollbackBasics,
    applyRollbackBasics,
    ROLLBACK_BASICS_PATHS,
    usePlanBinding(),
  );
  const ponrExists = form.watch('ponrExists');

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Rollback procedure">
      <fieldset className="card form-grid">
        <legend>Rollback procedure</legend>
        {PROCEDURES.map(([name, label, help]) => (
          <TextAreaField key={name} {...field(name)} label={label} wide help={help} />
        ))}
        <SelectField
          {...field('appRollbackIncludesSchema')}
          label="Does rolling back the application also roll back the schema?"
          wide
          help="Say it explicitly: canary tools roll back the app, not the database."
          choices={SCHEMA_ROLLBACK}
        />
        <CheckboxField
          {...field('rollbackScriptsKept')}
          label="Rollback scripts are kept with the migration"
        />
        <CheckboxField
          {...field('previousArtifactsKept')}
          label="Previous version artifacts and routing config are kept"
        />
        <CheckboxField
          {...field('sourcePreserved')}
          label="Source data is preserved until the migration is verified"
        />
        <CheckboxField
          {...field('backupLastResort')}
          label="A verified backup is the last resort if the rollback fails (FM-03)"
        />
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Point of no return</legend>
        <SelectField
          {...field('ponrExists')}
          label="Is there a point after which rollback loses data?"
          choices={TRI}
        />
        {ponrExists === 'yes' ? (
          <>
            <SelectField
              {...field('ponrPhaseId')}
              label="After phase"
              choices={[
                ['', 'Choose a phase'],
                ...plan.execution.phases.map((phase, i) => [phase.id, `${i + 1}. ${phase.name}`] as const),
              ]}
            />
            <TextField
              {...field('ponrApprover')}
              label="Approver"
              help="Must confirm before the run passes this point."
            />
            <TextAreaField {...field('ponrDescription')} label="What becomes irreversible" wide rows={2} />
            <CheckboxField {...field('ponrCommunicated')} label="Communicated clearly to everyone involved" />
          </>
        ) : null}
      </fieldset>
    </form>
  );
}

/** Re-rendered only when the phases (the point-of-no-return choices) change; the form owns its values. */
export const RollbackBasics = memo(
  RollbackBasicsView,
  (a, b) => a.plan.execution.phases === b.plan.execution.phases,
);
