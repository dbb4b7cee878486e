import { useId, useState } from 'react';
import type { RollbackTrigger } from '../../domain';
import { aaCheck, AA_MIN_VALUES, parseSeries } from '../../engine';
import { useWorkbench } from '../../state';
import { updateTrigger } from './rollback-ops';

const r = (n: number) => String(Math.round(n * 1000) / 1000);

/** A/A check: a pasted series of the metric with nothing changing, its halves compared and its noise floor. */
export function BaselineAa({ trigger: t }: { trigger: RollbackTrigger }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [text, setText] = useState(t.baselineSeries.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const result = t.baselineSeries.length > 0 ? aaCheck(t, t.baselineSeries) : null;
  const check = () => {
    const parsed = parseSeries(text);
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    planEdited((p) => updateTrigger(p, t.id, { baselineSeries: parsed.values }));
  };
  return (
    <details className="aa" open={t.baselineSeries.length > 0 || undefined}>
      <summary>A/A check of a baseline series</summary>
      <label htmlFor={id}>
        Values of {t.ruleId} with nothing changing, one per sample window (from a dashboard: one per line, or
        separated by commas)
      </label>
      <textarea id={id} rows={3} className="code" value={text} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <button type="button" onClick={check} disabled={text.trim() === ''}>
          Check the baseline
        </button>
        {error ? <span className="field-error">{error}</span> : null}
      </div>
      {result?.kind === 'too-short' ? (
        <p className="muted">
          {result.count} values: paste at least {AA_MIN_VALUES} for the A/A check.
        </p>
      ) : null}
      {result?.kind === 'result' ? (
        <div role="status" aria-label={`A/A result of ${t.ruleId}`}>
          <p>
            {result.count} values, median {r(result.median)}. Halves: median {r(result.firstHalfMedian)} then{' '}
            {r(result.secondHalfMedian)}, Mann-Whitney p = {r(result.p)}
            {result.drifts
              ? ': the halves differ, so the baseline itself drifts.'
              : ': no drift between them.'}
          </p>
          <p>
            Noise floor: one sample in twenty moves {r(result.noiseFloor)} or more{' '}
            {t.direction === 'increase' ? 'above' : 'below'} the median.{' '}
            {result.firesOn > 0 ? (
              <strong>
                The trigger fires on {result.firesOn} of these {result.count} samples with nothing wrong.
              </strong>
            ) : (
              'The trigger fires on none of them.'
            )}
          </p>
        </div>
      ) : null}
    </details>
  );
}
