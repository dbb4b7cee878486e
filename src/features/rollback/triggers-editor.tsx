import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ChoiceSelect, type Choices } from '../../components/controls';
import { Labelled } from '../../components/field';
import { PlanSection } from '../../components/plan-section';
import { DataTable } from '../../components/data-table';
import { useStaticTable } from '../../components/use-data-table';
import type { Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { addCustomTrigger } from './rollback-ops';
import { TRIGGER_COLUMNS } from './trigger-columns';

type Draft = {
  description: string;
  threshold: string;
  unit: string;
  direction: 'increase' | 'decrease';
  key: string;
};
const EMPTY: Draft = { description: '', threshold: '', unit: '', direction: 'increase', key: '' };
const DIRECTIONS: Choices<Draft['direction']> = [
  ['increase', 'rises above'],
  ['decrease', 'falls below'],
];

export function TriggersEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const table = useStaticTable({
    columns: TRIGGER_COLUMNS,
    data: plan.rollback.triggers,
    getRowId: (t) => t.id,
  });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  /** A text box of the draft: its value, and its edits. */
  const text = (key: 'description' | 'threshold' | 'unit' | 'key') => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const thresholdNumber = draft.threshold.trim() === '' ? null : Number(draft.threshold);
  const invalid =
    draft.description.trim() === '' ||
    (thresholdNumber !== null && (!Number.isFinite(thresholdNumber) || thresholdNumber < 0));

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    planEdited((p) =>
      addCustomTrigger(p, getServices().newId(), {
        description: draft.description.trim(),
        threshold: thresholdNumber,
        unit: draft.unit.trim(),
        direction: draft.direction,
        metricKey: draft.key,
      }),
    );
    setDraft(EMPTY);
  };

  return (
    <PlanSection path="rollback.triggers" headingId="triggers-heading" heading="Rollback triggers" focusable>
      <p className="field-help">
        Any enabled trigger that fires means: execute rollback immediately; do not wait for manual assessment
        (DC-10). A sample is bad when the metric moves past the threshold <em>and</em> at least the floor from
        its baseline (an empty floor takes the metric’s default); the trigger fires on that many bad samples
        in a row, or within the window; a critical one fires on its first.
      </p>
      <div className="table-scroll">
        <DataTable
          table={table}
          label="Rollback triggers"
          className="edit-table"
          rowAttributes={(_, index) => ({ 'data-path': `rollback.triggers[${index}]` })}
        />
      </div>
      <form className="inline-form add-trigger" onSubmit={add} aria-label="Add a custom trigger">
        <Labelled id="new-trigger-description" label="Custom trigger">
          {(id) => <input id={id} placeholder="e.g. Replication lag exceeds" {...text('description')} />}
        </Labelled>
        <Labelled id="new-trigger-direction" label="Direction" hidden>
          {(id) => (
            <ChoiceSelect
              id={id}
              choices={DIRECTIONS}
              value={draft.direction}
              onChange={(direction) => setDraft({ ...draft, direction })}
            />
          )}
        </Labelled>
        <Labelled id="new-trigger-threshold" label="Threshold" hidden>
          {(id) => (
            <input
              id={id}
              className="num input-narrow"
              placeholder="10"
              inputMode="decimal"
              {...text('threshold')}
            />
          )}
        </Labelled>
        <Labelled id="new-trigger-unit" label="Unit" hidden>
          {(id) => <input id={id} className="input-narrow" placeholder="min" {...text('unit')} />}
        </Labelled>
        <Labelled id="new-trigger-key" label="Name in pasted metrics">
          {(id) => <input id={id} className="input-narrow" placeholder="replication_lag" {...text('key')} />}
        </Labelled>
        <button type="submit" disabled={invalid}>
          Add trigger
        </button>
      </form>
    </PlanSection>
  );
}
