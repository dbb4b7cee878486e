import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MetricsSample, Plan } from '../../domain';
import { evaluateTriggers } from '../../engine';
import { useWorkbench } from '../../state';
import { currentPhase } from '../../state/run-transitions';
import { parseMetrics, METRIC_FIELDS, type MetricKey } from './metrics-input';
import { RollbackProcedure } from './rollback-procedure';
import { RollbackRecord } from './rollback-record';

export function TriggersPanel({ plan }: { plan: Plan }) {
  const runMetricsRecorded = useWorkbench((s) => s.runMetricsRecorded);
  const [values, setValues] = useState<Record<MetricKey, string>>({
    errorRatePercent: '',
    errorRateBaselinePercent: '',
    latencyP99Ms: '',
    latencyP99BaselineMs: '',
    downstreamFailures: '',
    downstreamFailuresBaseline: '',
  });
  const [integrityFailed, setIntegrityFailed] = useState(false);
  const [paste, setPaste] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const latest = plan.run.metrics.at(-1);
  const verdict = latest ? evaluateTriggers(plan, latest) : null;
  const phase = currentPhase(plan);
  const afterRollback = plan.run.status === 'rolled-back';
  // The outcome shows above the form, out of view once the person has scrolled down to "Evaluate triggers":
  // each evaluation brings it into view, and a fired trigger takes the focus (its buttons are next).
  const outcome = useRef<HTMLDivElement | HTMLParagraphElement | null>(null);
  const reveal = useRef(false);
  const latestAt = latest?.at;
  useEffect(() => {
    const el = outcome.current;
    if (!reveal.current || !el) return;
    reveal.current = false;
    el.scrollIntoView({ block: 'start' });
    if (el.getAttribute('role') === 'alert') el.focus({ preventScroll: true });
  }, [latestAt]);

  const record = (e: FormEvent) => {
    e.preventDefault();
    const sample: Omit<MetricsSample, 'at'> = {
      errorRatePercent: null,
      errorRateBaselinePercent: null,
      latencyP99Ms: null,
      latencyP99BaselineMs: null,
      downstreamFailures: null,
      downstreamFailuresBaseline: null,
      integrityFailed,
    };
    for (const f of METRIC_FIELDS) sample[f.key] = values[f.key].trim() === '' ? null : Number(values[f.key]);
    reveal.current = true;
    runMetricsRecorded(sample);
  };
  const applyPaste = () => {
    const parsed = parseMetrics(paste);
    if ('error' in parsed) return setPasteError(parsed.error);
    setPasteError(null);
    setValues((v) => ({
      ...v,
      ...Object.fromEntries(Object.entries(parsed.values).map(([k, n]) => [k, String(n)])),
    }));
  };
  const invalid = METRIC_FIELDS.some(
    (f) =>
      values[f.key].trim() !== '' && !(Number.isFinite(Number(values[f.key])) && Number(values[f.key]) >= 0),
  );

  return (
    <section className="card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics and rollback triggers</h2>
      {verdict?.rollBackNow && !afterRollback ? (
        <div className="rollback-now" role="alert" tabIndex={-1} ref={outcome}>
          <h3>Roll back now</h3>
          <p>Execute rollback immediately; do not wait for manual assessment (DC-10).</p>
          <ul>
            {verdict.fired.map((t) => (
              <li key={t.triggerId}>
                <span className="rule-id">{t.ruleId}</span> {t.description} Observed{' '}
                <strong>{String(t.observed)}</strong>
                {t.threshold !== null ? (
                  <>
                    , threshold <strong>{t.threshold}</strong> {t.unit}
                  </>
                ) : null}
                . {t.explanation}
              </li>
            ))}
          </ul>
          <h4>Rollback procedure{phase ? ` (current phase: ${phase.name})` : ''}</h4>
          <RollbackProcedure plan={plan} />
          <RollbackRecord
            trigger={verdict.fired.map((f) => f.ruleId).join('+')}
            phaseId={phase?.id ?? null}
          />
        </div>
      ) : null}
      {verdict && !verdict.rollBackNow ? (
        <p className="banner banner-info" role="status" ref={outcome}>
          Latest metrics fire no trigger
          {verdict.notEvaluable.length > 0
            ? `; not evaluated: ${verdict.notEvaluable.map((t) => t.ruleId).join(', ')}`
            : ''}
          .
        </p>
      ) : null}
      <form className="form-grid" onSubmit={record} aria-label="Current metrics">
        {METRIC_FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`metric-${f.key}`}>{f.label}</label>
            <input
              id={`metric-${f.key}`}
              inputMode="decimal"
              className="num"
              value={values[f.key]}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          </div>
        ))}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={integrityFailed}
            onChange={(e) => setIntegrityFailed(e.target.checked)}
          />{' '}
          A data integrity check failed
        </label>
        <div className="field field-wide">
          <label htmlFor="metrics-paste">Paste metrics (JSON or key=value lines)</label>
          <textarea
            id="metrics-paste"
            rows={2}
            className="code"
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            placeholder="error_rate=2.4 error_rate_baseline=1.1 p99_ms=480 p99_baseline_ms=300"
          />
          <div className="row">
            <button type="button" onClick={applyPaste} disabled={paste.trim() === ''}>
              Fill from pasted text
            </button>
            {pasteError ? <span className="field-error">{pasteError}</span> : null}
          </div>
        </div>
        <div>
          <button type="submit" className="primary" disabled={invalid}>
            Evaluate triggers
          </button>
          {invalid ? <span className="field-error"> Metrics must be numbers of zero or more.</span> : null}
        </div>
      </form>
    </section>
  );
}
