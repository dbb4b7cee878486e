import { Field } from '../../components/field';
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
            {(['value', 'baseline'] as const).map((which) => (
              <Field
                key={which}
                id={which === 'value' ? `metric-${t.id}` : `metric-${t.id}-baseline`}
                label={`${t.ruleId} ${which}${unit}`}
              >
                {(wired) => (
                  <input
                    {...wired}
                    inputMode="decimal"
                    className="num"
                    value={v[which]}
                    onChange={(e) => set({ [which]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
