import { memo } from 'react';
import { describedBy, Field } from '../../components/field';
import { usePlanForm } from '../../components/use-section-form';
import { usePlanBinding } from '../../state';
import type { Plan } from '../../domain';
import { applyRollbackBasics, RollbackBasicsForm, toRollbackBasics, ROLLBACK_BASICS_PATHS } from './mapping';

const TRI = [
  ['unknown', 'Not decided yet'],
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

function RollbackBasicsView({ plan }: { plan: Plan }) {
  const form = usePlanForm(
    RollbackBasicsForm,
    plan,
    toRollbackBasics,
    applyRollbackBasics,
    ROLLBACK_BASICS_PATHS,
    usePlanBinding(),
  );
  const { errors } = form.formState;
  const ponrExists = form.watch('ponrExists');

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="Rollback procedure">
      <fieldset className="card form-grid">
        <legend>Rollback procedure</legend>
        <Field
          path="rollback.procedures.database"
          label="Database"
          wide
          help="Backward-compatible migrations only; keep rollback scripts."
        >
          <textarea
            rows={3}
            {...describedBy('rollback.procedures.database', { help: true })}
            {...form.register('database')}
          />
        </Field>
        <Field
          path="rollback.procedures.services"
          label="Services"
          wide
          help="Maintain previous version artifacts and routing config."
        >
          <textarea
            rows={3}
            {...describedBy('rollback.procedures.services', { help: true })}
            {...form.register('services')}
          />
        </Field>
        <Field
          path="rollback.procedures.data"
          label="Data"
          wide
          help="Preserve original data until migration is verified (never delete source)."
        >
          <textarea
            rows={3}
            {...describedBy('rollback.procedures.data', { help: true })}
            {...form.register('data')}
          />
        </Field>
        <Field
          path="rollback.procedures.appRollbackIncludesSchema"
          label="Does rolling back the application also roll back the schema?"
          wide
          help="Say it explicitly: canary tools roll back the app, not the database."
        >
          <select
            {...describedBy('rollback.procedures.appRollbackIncludesSchema', { help: true })}
            {...form.register('appRollbackIncludesSchema')}
          >
            <option value="unknown">Not decided yet</option>
            <option value="yes">Yes: the schema is rolled back with the application</option>
            <option value="no">No: the schema stays; the old application version must work with it</option>
          </select>
        </Field>
        {(
          [
            ['rollbackScriptsKept', 'Rollback scripts are kept with the migration'],
            ['previousArtifactsKept', 'Previous version artifacts and routing config are kept'],
            ['sourcePreserved', 'Source data is preserved until the migration is verified'],
            ['backupLastResort', 'A verified backup is the last resort if the rollback fails (FM-03)'],
          ] as const
        ).map(([name, label]) => (
          <label key={name} className="checkbox">
            <input type="checkbox" id={`field-rollback-procedures-${name}`} {...form.register(name)} />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      <fieldset className="card form-grid">
        <legend>Point of no return</legend>
        <Field
          path="rollback.pointOfNoReturn.exists"
          label="Is there a point after which rollback loses data?"
        >
          <select {...describedBy('rollback.pointOfNoReturn.exists', {})} {...form.register('ponrExists')}>
            {TRI.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        {ponrExists === 'yes' ? (
          <>
            <Field path="rollback.pointOfNoReturn.phaseId" label="After phase">
              <select
                {...describedBy('rollback.pointOfNoReturn.phaseId', {})}
                {...form.register('ponrPhaseId')}
              >
                <option value="">Choose a phase</option>
                {plan.execution.phases.map((phase, i) => (
                  <option key={phase.id} value={phase.id}>
                    {i + 1}. {phase.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              path="rollback.pointOfNoReturn.approver"
              label="Approver"
              help="Must confirm before the run passes this point."
              error={errors.ponrApprover?.message}
            >
              <input
                {...describedBy('rollback.pointOfNoReturn.approver', {
                  help: true,
                  error: errors.ponrApprover?.message,
                })}
                {...form.register('ponrApprover')}
              />
            </Field>
            <Field path="rollback.pointOfNoReturn.description" label="What becomes irreversible" wide>
              <textarea
                rows={2}
                {...describedBy('rollback.pointOfNoReturn.description', {})}
                {...form.register('ponrDescription')}
              />
            </Field>
            <label className="checkbox">
              <input
                type="checkbox"
                id="field-rollback-pointOfNoReturn-communicated"
                {...form.register('ponrCommunicated')}
              />{' '}
              Communicated clearly to everyone involved
            </label>
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
