import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/data-table';
import { useStaticTable } from '../../components/use-data-table';
import type { Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { addCustomTrigger } from './rollback-ops';
import { TRIGGER_COLUMNS } from './trigger-columns';

export function TriggersEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const table = useStaticTable({
    columns: TRIGGER_COLUMNS,
    data: plan.rollback.triggers,
    getRowId: (t) => t.id,
  });
  const [draft, setDraft] = useState({
    description: '',
    threshold: '',
    unit: '',
    direction: 'increase',
    key: '',
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
        direction: draft.direction === 'decrease' ? 'decrease' : 'increase',
        metricKey: draft.key,
      }),
    );
    setDraft({ description: '', threshold: '', unit: '', direction: 'increase', key: '' });
  };

  return (
    <section
      className="card"
      aria-labelledby="triggers-heading"
      data-path="rollback.triggers"
      id="field-rollback-triggers"
      tabIndex={-1}
    >
      <h2 id="triggers-heading">Rollback triggers</h2>
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
        <label htmlFor="new-trigger-description">Custom trigger</label>
        <input
          id="new-trigger-description"
          placeholder="e.g. Replication lag exceeds"
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
        <label htmlFor="new-trigger-direction" className="visually-hidden">
          Direction
        </label>
        <select
          id="new-trigger-direction"
          value={draft.direction}
          onChange={(e) => setDraft({ ...draft, direction: e.target.value })}
        >
          <option value="increase">rises above</option>
          <option value="decrease">falls below</option>
        </select>
        <label htmlFor="new-trigger-threshold" className="visually-hidden">
          Threshold
        </label>
        <input
          id="new-trigger-threshold"
          className="num input-narrow"
          placeholder="10"
          inputMode="decimal"
          value={draft.threshold}
          onChange={(e) => setDraft({ ...draft, threshold: e.target.value })}
        />
        <label htmlFor="new-trigger-unit" className="visually-hidden">
          Unit
        </label>
        <input
          id="new-trigger-unit"
          className="input-narrow"
          placeholder="min"
          value={draft.unit}
          onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
        />
        <label htmlFor="new-trigger-key">Name in pasted metrics</label>
        <input
          id="new-trigger-key"
          className="input-narrow"
          placeholder="replication_lag"
          value={draft.key}
          onChange={(e) => setDraft({ ...draft, key: e.target.value })}
        />
        <button type="submit" disabled={invalid}>
          Add trigger
        </button>
      </form>
    </section>
  );
}
