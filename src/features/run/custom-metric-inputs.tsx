import type { RollbackTrigger } from '../../domain';

export type CustomText = Record<string, { value: string; baseline: string }>;

/** Each custom trigger's value and optional baseline, named by its rule id so a paste and a label agree. */
export function CustomMetricInputs({
  triggers,
  values,
  onChange,
}: {
  triggers: RollbackTrigger[];
  values: CustomText;
  onChange: (next: CustomText) => void;
}) {
  return (
    <>
      {triggers.map((t) => {
        const v = values[t.id] ?? { value: '', baseline: '' };
        const unit = t.unit.trim() === '' ? '' : ` (${t.unit.trim()})`;
        const set = (patch: Partial<typeof v>) => onChange({ ...values, [t.id]: { ...v, ...patch } });
        return (
          <fieldset className="custom-metric field-wide" key={t.id}>
            <legend>
              <span className="rule-id">{t.ruleId}</span> {t.description}
              {t.metricKey ? <code> {t.metricKey}</code> : null}
            </legend>
            <div className="field">
              <label htmlFor={`metric-${t.id}`}>{`${t.ruleId} value${unit}`}</label>
              <input
                id={`metric-${t.id}`}
                inputMode="decimal"
                className="num"
                value={v.value}
                onChange={(e) => set({ value: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`metric-${t.id}-baseline`}>{`${t.ruleId} baseline${unit}`}</label>
              <input
                id={`metric-${t.id}-baseline`}
                inputMode="decimal"
                className="num"
                value={v.baseline}
                onChange={(e) => set({ baseline: e.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
