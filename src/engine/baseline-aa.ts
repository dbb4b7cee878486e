import { MetricsSample, type RollbackTrigger } from '../domain';
import { mannWhitneyU } from './mann-whitney';
import { judgeSample } from './trigger-condition';

/**
 * A/A check of a pasted baseline series (values of the metric, one per sample window, with nothing
 * changing): its two halves should not differ, and the trigger should not fire on it. Mann-Whitney U
 * compares the halves because latency and error-rate samples are skewed and seldom normal.
 */
export type AaResult =
  | { kind: 'too-short'; count: number }
  | {
      kind: 'result';
      count: number;
      median: number;
      firstHalfMedian: number;
      secondHalfMedian: number;
      /** Two-sided p of the halves' difference; under 0.05 the baseline drifts. */
      p: number;
      drifts: boolean;
      /** The 95th percentile of single samples' move from the median, the bad way, in the metric's unit. */
      noiseFloor: number;
      /** How many of the series' samples the trigger judges bad against the series' median as baseline. */
      firesOn: number;
    };

export const AA_MIN_VALUES = 8;

const median = (xs: number[]) => quantile(xs, 0.5);

/** Linear interpolation between order statistics (type 7, the default of R and NumPy). */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const a = s[lo] ?? 0;
  const b = s[Math.min(lo + 1, s.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** The sample a trigger would see: the value and the baseline in the trigger's own fields. */
function asSample(t: RollbackTrigger, value: number, baseline: number): MetricsSample {
  const at = '1970-01-01T00:00:00.000Z';
  switch (t.metric) {
    case 'error-rate':
      return MetricsSample.parse({ at, errorRatePercent: value, errorRateBaselinePercent: baseline });
    case 'latency-p99':
      return MetricsSample.parse({ at, latencyP99Ms: value, latencyP99BaselineMs: baseline });
    case 'downstream-failures':
      return MetricsSample.parse({ at, downstreamFailures: value, downstreamFailuresBaseline: baseline });
    default:
      return MetricsSample.parse({ at, custom: [{ triggerId: t.id, value, baseline }] });
  }
}

export function aaCheck(t: RollbackTrigger, series: number[]): AaResult {
  if (series.length < AA_MIN_VALUES) return { kind: 'too-short', count: series.length };
  const half = Math.floor(series.length / 2);
  const first = series.slice(0, half);
  const second = series.slice(half);
  const m = median(series);
  const sign = t.direction === 'increase' ? 1 : -1;
  const { p } = mannWhitneyU(first, second);
  return {
    kind: 'result',
    count: series.length,
    median: m,
    firstHalfMedian: median(first),
    secondHalfMedian: median(second),
    p,
    drifts: p < 0.05,
    noiseFloor: Math.max(
      0,
      quantile(
        series.map((x) => sign * (x - m)),
        0.95,
      ),
    ),
    firesOn:
      t.metric === 'integrity-check'
        ? 0
        : series.filter((x) => judgeSample(t, asSample(t, x, m)).kind === 'bad').length,
  };
}

/**
 * Numbers from pasted text: one per line, or separated by commas, spaces or semicolons (a dashboard's CSV
 * column, a JSON array). Anything that is not a number of zero or more is named with its position.
 */
export function parseSeries(text: string): { values: number[] } | { error: string } {
  const parts = text
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/[\s,;]+/)
    .filter((x) => x !== '');
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const n = Number(part.replace(/%$|ms$/i, ''));
    if (!Number.isFinite(n) || n < 0)
      return { error: `Value ${i + 1} ("${part.slice(0, 20)}") is not a number of zero or more.` };
    values.push(n);
  }
  if (values.length > 10_000) return { error: 'Paste at most 10,000 values.' };
  return { values };
}
