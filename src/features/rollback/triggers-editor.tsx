import { useState, type FormEvent } from 'react';
import { BASELINE_MODES, type Plan, type RollbackTrigger } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { addCustomTrigger, removeTrigger, updateTrigger } from './rollback-ops';

const MODE_LABEL: Record<(typeof BASELINE_MODES)[number], string> = {
  'relative-percent': '% above baseline (relative)',
  'percentage-points': 'points above baseline',
  absolute: 'absolute value',
};

function ThresholdInput({ trigger, index }: { trigger: RollbackTrigger; index: number }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [text, setText] = useState(trigger.threshold === null ? '' : String(trigger.threshold));
  const n = Number(text);
  const error = text.trim() === '' || !Number.isFinite(n) || n < 0 ? 'Enter a number of zero or more.' : null;
  if (trigger.metric === 'integrity-check') return <span className="muted">fires on any failed check</span>;
  return (
    <span className="threshold">
      <input
        id={`field-rollback-triggers-${index}-threshold`}
        aria-label={`Threshold for ${trigger.ruleId}`}
        className="num"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(v) && v >= 0)
            planEdited((p) => updateTrigger(p, trigger.id, { threshold: v }));
        }}
      />
      <span className="unit">{trigger.unit || 'units'}</span>
      {error ? <span className="cell-error">{error}</span> : null}
    </span>
  );
}

export function TriggersEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [draft, setDraft] = useState({ description: '', threshold: '', unit: '' });
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
      }),
    );
    setDraft({ description: '', threshold: '', unit: '' });
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
        (DC-10).
      </p>
      <div className="table-scroll">
        <table className="data-table edit-table" aria-label="Rollback triggers">
          <thead>
            <tr>
              <th>Rule</th>
              <th>Condition</th>
              <th>Threshold</th>
              <th>Compared as</th>
              <th>Automatic</th>
              <th>Enabled</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.rollback.triggers.map((t, index) => (
              <tr key={t.id} data-path={`rollback.triggers[${index}]`}>
                <td>
                  <span className="rule-id">{t.ruleId}</span>
                </td>
                <td>
                  <input
                    aria-label={`Condition for ${t.ruleId}`}
                    value={t.description}
                    maxLength={500}
                    onChange={(e) =>
                      e.target.value.trim() !== '' &&
                      planEdited((p) => updateTrigger(p, t.id, { description: e.target.value }))
                    }
                  />
                </td>
                <td>
                  <ThresholdInput trigger={t} index={index} />
                </td>
                <td>
                  {t.metric === 'error-rate' || t.metric === 'latency-p99' ? (
                    <select
                      aria-label={`How ${t.ruleId} compares with the baseline`}
                      value={t.baselineMode}
                      onChange={(e) =>
                        planEdited((p) =>
                          updateTrigger(p, t.id, {
                            baselineMode: e.target.value as RollbackTrigger['baselineMode'],
                          }),
                        )
                      }
                    >
                      {BASELINE_MODES.map((m) => (
                        <option key={m} value={m}>
                          {MODE_LABEL[m]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="muted">{MODE_LABEL[t.baselineMode]}</span>
                  )}
                </td>
                <td className="col-stateful">
                  <input
                    type="checkbox"
                    aria-label={`${t.ruleId} rolls back automatically`}
                    checked={t.automatic}
                    onChange={(e) =>
                      planEdited((p) => updateTrigger(p, t.id, { automatic: e.target.checked }))
                    }
                  />
                </td>
                <td className="col-stateful">
                  <input
                    type="checkbox"
                    aria-label={`${t.ruleId} enabled`}
                    checked={t.enabled}
                    onChange={(e) => planEdited((p) => updateTrigger(p, t.id, { enabled: e.target.checked }))}
                  />
                </td>
                <td className="col-actions">
                  {t.metric === 'custom' ? (
                    <button
                      type="button"
                      className="danger-quiet"
                      aria-label={`Remove trigger ${t.ruleId}`}
                      onClick={() => planEdited((p) => removeTrigger(p, t.id))}
                    >
                      Remove
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="inline-form add-trigger" onSubmit={add} aria-label="Add a custom trigger">
        <label htmlFor="new-trigger-description">Custom trigger</label>
        <input
          id="new-trigger-description"
          placeholder="e.g. Replication lag exceeds"
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
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
        <button type="submit" disabled={invalid}>
          Add trigger
        </button>
      </form>
    </section>
  );
}
