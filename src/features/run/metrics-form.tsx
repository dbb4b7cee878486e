import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../components/controls';
import { Field } from '../../components/field';
import type { MetricsSample, Plan, RollbackTrigger } from '../../domain';
import { useWorkbench } from '../../state';
import { CustomMetricInputs, type CustomText } from './custom-metric-inputs';
import { METRIC_FIELDS, parseMetrics, type CustomKey, type MetricKey } from './metrics-input';

const EMPTY: Record<MetricKey, string> = {
  errorRatePercent: '',
  errorRateBaselinePercent: '',
  latencyP99Ms: '',
  latencyP99BaselineMs: '',
  downstreamFailures: '',
  downstreamFailuresBaseline: '',
};
const valid = (v: string) => v.trim() === '' || (Number.isFinite(Number(v)) && Number(v) >= 0);
const numberOrNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));

export const customKeys = (customs: RollbackTrigger[]): CustomKey[] =>
  customs.map((t) => ({ triggerId: t.id, names: [t.ruleId, t.id, t.metricKey].filter((n) => n !== '') }));

/** One sample: the spec's metrics, each custom trigger's own value, typed or pasted from a dashboard. */
export function MetricsForm({ plan }: { plan: Plan }) {
  const runMetricsRecorded = useWorkbench((s) => s.runMetricsRecorded);
  const customs = plan.rollback.triggers.filter((t) => t.metric === 'custom' && t.enabled);
  const [values, setValues] = useState(EMPTY);
  const [custom, setCustom] = useState<CustomText>({});
  const [integrityFailed, setIntegrityFailed] = useState(false);
  const [paste, setPaste] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  const record = (e: FormEvent) => {
    e.preventDefault();
    const sample: Omit<MetricsSample, 'at'> = {
      errorRatePercent: numberOrNull(values.errorRatePercent),
      errorRateBaselinePercent: numberOrNull(values.errorRateBaselinePercent),
      latencyP99Ms: numberOrNull(values.latencyP99Ms),
      latencyP99BaselineMs: numberOrNull(values.latencyP99BaselineMs),
      downstreamFailures: numberOrNull(values.downstreamFailures),
      downstreamFailuresBaseline: numberOrNull(values.downstreamFailuresBaseline),
      integrityFailed,
      custom: customs
        .map((t) => ({
          triggerId: t.id,
          value: numberOrNull(custom[t.id]?.value),
          baseline: numberOrNull(custom[t.id]?.baseline),
        }))
        .filter((c) => c.value !== null || c.baseline !== null),
    };
    runMetricsRecorded(sample);
  };
  const applyPaste = () => {
    const parsed = parseMetrics(paste, customKeys(customs));
    if ('error' in parsed) return setPasteError(parsed.error);
    setPasteError(null);
    setValues((v) => ({
      ...v,
      ...Object.fromEntries(Object.entries(parsed.values).map(([k, n]) => [k, String(n)])),
    }));
    setCustom((c) => {
      const next = { ...c };
      for (const [id, got] of Object.entries(parsed.custom))
        next[id] = {
          value: got.value === undefined ? (c[id]?.value ?? '') : String(got.value),
          baseline: got.baseline === undefined ? (c[id]?.baseline ?? '') : String(got.baseline),
        };
      return next;
    });
  };
  const invalid =
    METRIC_FIELDS.some((f) => !valid(values[f.key])) ||
    Object.values(custom).some((c) => !valid(c.value) || !valid(c.baseline));
  const example = customs[0]
    ? ` ${customs[0].metricKey || customs[0].ruleId}=${customs[0].threshold ?? 1}`
    : '';

  return (
    <form className="form-grid" onSubmit={record} aria-label="Current metrics">
      {METRIC_FIELDS.map((f) => (
        <Field key={f.key} id={`metric-${f.key}`} label={f.label}>
          {(wired) => (
            <input
              {...wired}
              inputMode="decimal"
              className="num"
              value={values[f.key]}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <CustomMetricInputs triggers={customs} values={custom} onChange={setCustom} />
      <Checkbox checked={integrityFailed} onChange={setIntegrityFailed}>
        A data integrity check failed
      </Checkbox>
      <Field id="metrics-paste" label="Paste metrics (JSON or key=value lines)" wide>
        {(wired) => (
          <>
            <textarea
              {...wired}
              rows={2}
              className="code"
              value={paste}
              onChange={(e) => setPaste(e.target.value)}
              placeholder={`error_rate=2.4 error_rate_baseline=1.1 p99_ms=480 p99_baseline_ms=300${example}`}
            />
            <div className="row">
              <button type="button" onClick={applyPaste} disabled={paste.trim() === ''}>
                Fill from pasted text
              </button>
              {pasteError ? <span className="field-error">{pasteError}</span> : null}
            </div>
          </>
        )}
      </Field>
      <div>
        <button type="submit" className="primary" disabled={invalid}>
          Evaluate triggers
        </button>
        {invalid ? <span className="field-error"> Metrics must be numbers of zero or more.</span> : null}
      </div>
    </form>
  );
}
