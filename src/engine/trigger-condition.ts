import type { MetricsSample, RollbackTrigger, TriggerMetric } from '../domain';

/**
 * One sample against one trigger's condition: direction, threshold relative to the baseline (or absolute)
 * and the absolute floor. How many bad samples fire the trigger is decided over the run's samples, in
 * triggers.ts.
 */

/**
 * The floor a trigger gets when the plan leaves it empty, in the metric's own unit: an error rate must move
 * at least 0.1 percentage points, a p99 at least 20 ms, downstream failures at least 1 a minute, so that
 * noise on a small baseline never says "roll back now" (1.00% to 1.06% is +6% relative, 0.06 points).
 */
export const DEFAULT_FLOOR: Record<TriggerMetric, number> = {
  'error-rate': 0.1,
  'latency-p99': 20,
  'downstream-failures': 1,
  'integrity-check': 0,
  custom: 0,
};

export const effectiveFloor = (t: RollbackTrigger): number => t.floor ?? DEFAULT_FLOOR[t.metric];

export type Reading = { observed: number | null; baseline: number | null; label: string };

/** A custom metric's name for people: its key with spaces, else its rule id. */
export const metricLabel = (t: RollbackTrigger): string => {
  switch (t.metric) {
    case 'error-rate':
      return 'error rate';
    case 'latency-p99':
      return 'p99 latency';
    case 'downstream-failures':
      return 'downstream failures';
    case 'integrity-check':
      return 'integrity check';
    case 'custom':
      return t.metricKey.trim() === '' ? t.ruleId : t.metricKey.trim().replace(/_/g, ' ');
  }
};

export function readingOf(t: RollbackTrigger, sample: MetricsSample): Reading {
  const label = metricLabel(t);
  switch (t.metric) {
    case 'error-rate':
      return { observed: sample.errorRatePercent, baseline: sample.errorRateBaselinePercent, label };
    case 'latency-p99':
      return { observed: sample.latencyP99Ms, baseline: sample.latencyP99BaselineMs, label };
    case 'downstream-failures':
      return { observed: sample.downstreamFailures, baseline: sample.downstreamFailuresBaseline, label };
    case 'integrity-check':
      return { observed: sample.integrityFailed ? 1 : 0, baseline: null, label };
    case 'custom': {
      const c = sample.custom.find((x) => x.triggerId === t.id);
      return { observed: c?.value ?? null, baseline: c?.baseline ?? null, label };
    }
  }
}

export type SampleJudgement =
  | { kind: 'bad' | 'ok'; observed: number; baseline: number | null; text: string }
  | { kind: 'not-evaluable'; reason: string };

export const num = (n: number): string => String(Math.round(n * 1000) / 1000);
const withUnit = (n: number, unit: string) =>
  unit === '' ? num(n) : unit === '%' ? `${num(n)}%` : `${num(n)} ${unit}`;

/** Downstream failures in absolute mode compare the increase over the baseline (RT-04: "above baseline"). */
const comparesChange = (t: RollbackTrigger, baseline: number | null): baseline is number =>
  t.metric === 'downstream-failures' && t.baselineMode === 'absolute' && baseline !== null;

/**
 * Judges one sample. The threshold is strict ("exceeds", "> 5%"); the floor is inclusive ("at least +0.1
 * points") and applies whenever the sample has a baseline. Missing values are not a pass: the sample is
 * not evaluable for this trigger and says why.
 */
export function judgeSample(t: RollbackTrigger, sample: MetricsSample): SampleJudgement {
  const r = readingOf(t, sample);
  if (t.metric === 'integrity-check')
    return sample.integrityFailed
      ? { kind: 'bad', observed: 1, baseline: null, text: 'A data integrity check failed' }
      : { kind: 'ok', observed: 0, baseline: null, text: 'No integrity check failed' };
  if (t.threshold === null)
    return { kind: 'not-evaluable', reason: `The trigger has no threshold for the ${r.label}.` };
  if (r.observed === null) return { kind: 'not-evaluable', reason: `The sample has no ${r.label} value.` };
  const up = t.direction === 'increase';
  const threshold = t.threshold;
  const { observed, baseline } = r;
  let beyond: boolean;
  let limitText: string;
  if (t.baselineMode === 'absolute') {
    if (comparesChange(t, baseline)) {
      const change = up ? observed - baseline : baseline - observed;
      beyond = change > threshold;
      limitText = `${up ? 'rose' : 'fell'} by ${num(Math.abs(observed - baseline))} from the baseline ${num(baseline)} (limit ${num(threshold)})`;
    } else {
      beyond = up ? observed > threshold : observed < threshold;
      const unit = t.unit.trim();
      limitText = `is ${withUnit(observed, unit)}, ${beyond ? '' : 'not '}${up ? 'above' : 'below'} ${withUnit(threshold, unit)}`;
    }
  } else {
    if (baseline === null)
      return {
        kind: 'not-evaluable',
        reason: `The sample has no baseline for the ${r.label}, which a ${t.baselineMode} trigger needs.`,
      };
    const limit =
      t.baselineMode === 'relative-percent'
        ? baseline * (1 + ((up ? 1 : -1) * threshold) / 100)
        : baseline + (up ? threshold : -threshold);
    beyond = up ? observed > limit : observed < limit;
    limitText = `is ${num(observed)} against the limit ${num(limit)} (baseline ${num(baseline)} ${up ? '+' : '−'} ${num(threshold)}${t.baselineMode === 'relative-percent' ? '%' : ' points'})`;
  }
  const floor = effectiveFloor(t);
  const change = baseline === null ? null : up ? observed - baseline : baseline - observed;
  const underFloor = floor > 0 && change !== null && change < floor;
  const text = `${capital(r.label)} ${limitText}${
    underFloor && beyond
      ? `, but moved only ${num(Math.max(0, change))} from the baseline, under the floor ${withUnit(floor, floorUnit(t))}`
      : ''
  }`;
  return { kind: beyond && !underFloor ? 'bad' : 'ok', observed, baseline, text };
}

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** The floor's unit: points for a percentage, else the trigger's unit (relative triggers: the metric's). */
export function floorUnit(t: RollbackTrigger): string {
  if (t.metric === 'error-rate') return 'points';
  if (t.metric === 'latency-p99') return 'ms';
  if (t.metric === 'downstream-failures') return 'failures/min';
  return t.baselineMode === 'relative-percent' ? '' : t.unit.trim();
}

/**
 * The condition in words, for the runbook, the review document and the screens: "> baseline + 5%, at
 * least +0.1 points; 2 consecutive bad samples". A falling metric reads "<", never ">".
 */
export function conditionText(t: RollbackTrigger): string {
  if (t.metric === 'integrity-check') return 'when it happens';
  const parts: string[] = [];
  if (t.threshold === null) parts.push('no threshold set');
  else {
    const up = t.direction === 'increase';
    const unit = t.unit.trim();
    if (t.baselineMode === 'relative-percent')
      parts.push(`${up ? '>' : '<'} baseline ${up ? '+' : '−'} ${num(t.threshold)}%`);
    else if (t.baselineMode === 'percentage-points')
      parts.push(`${up ? '>' : '<'} baseline ${up ? '+' : '−'} ${num(t.threshold)} points`);
    else if (t.metric === 'downstream-failures')
      parts.push(`${up ? 'rises' : 'falls'} > ${withUnit(t.threshold, unit)}`);
    else parts.push(`${up ? '>' : '<'} ${withUnit(t.threshold, unit)}`);
    const floor = effectiveFloor(t);
    if (floor > 0) parts.push(`at least ${up ? '+' : '−'}${withUnit(floor, floorUnit(t))} from baseline`);
  }
  return [parts.join(', '), firingRuleText(t)].filter(Boolean).join('; ');
}

/** "fires on 1 bad sample", "3 consecutive bad samples", "3 bad of the last 5 samples", "critical". */
export function firingRuleText(t: RollbackTrigger): string {
  if (t.critical) return 'critical: fires on one bad sample';
  const n = t.badSamplesToFire;
  if (n === 1) return '';
  const window = t.badSamplesWindow;
  return window === null || window <= n
    ? `${n} consecutive bad samples`
    : `${n} bad of the last ${window} samples`;
}
