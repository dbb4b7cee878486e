import type { RollbackTrigger, TriggerTraffic } from '../domain';
import { effectiveFloor } from './trigger-condition';
import {
  lognormalSigma,
  logQuantileSd,
  minimumDetectableCountIncrease,
  minimumDetectableQuantileChange,
  minimumDetectableRateChange,
  phi,
} from './stats';

/**
 * Pre-flight: can a trigger fire at all? From the traffic the plan gives, the smallest change the trigger's
 * sample window detects (one-sided, 95% confidence, 80% power), set against the change the trigger fires on.
 * The statistics are in stats.ts and docs/rollback-triggers.md.
 */
export const PREFLIGHT_ALPHA = 0.05;
export const PREFLIGHT_POWER = 0.8;

type Model = {
  /** The change's unit for people: "points", "ms", "failures/min"; and the baseline's: "%", "ms". */
  unit: string;
  baselineUnit: string;
  baseline: number;
  /** Smallest detectable change at a window (min) and share (%), in the metric's unit; null: none. */
  mde: (windowMin: number, sharePct: number) => number | null;
  /** Chance that one sample crosses `change` with nothing changed. */
  noiseFire: (change: number, windowMin: number, sharePct: number) => number;
};

export type Detectability =
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'needs'; missing: string[] }
  | {
      kind: 'result';
      unit: string;
      baselineUnit: string;
      baseline: number;
      /** Requests on the new version in one sample window, and on the old one (null: a known baseline). */
      requests: number | null;
      controlRequests: number | null;
      /** The change the trigger fires on, in the metric's unit. */
      target: number;
      /** The smallest change the window detects; null when no change can be detected. */
      detectable: number | null;
      ok: boolean;
      /** Chance that one sample fires the trigger with nothing changed. */
      falseFire: number;
      /** The smallest window (minutes) or share (%) that makes the target detectable; null: none does. */
      offerWindowMinutes: number | null;
      offerSharePercent: number | null;
    };

const arms = (traffic: TriggerTraffic, windowMin: number, sharePct: number) => {
  const rpm = traffic.requestsPerMinute ?? 0;
  return {
    nT: rpm * (sharePct / 100) * windowMin,
    // At 100% the baseline is the old version's history, taken as known; below it, the rest of the traffic.
    nC: sharePct >= 100 ? Infinity : rpm * (1 - sharePct / 100) * windowMin,
  };
};

const rateModel = (t: RollbackTrigger, traffic: TriggerTraffic, p0: number): Model => ({
  unit: 'points',
  baselineUnit: '%',
  baseline: p0,
  mde: (w, s) => {
    const { nT, nC } = arms(traffic, w, s);
    const d = minimumDetectableRateChange({
      p0: p0 / 100,
      nT,
      nC,
      alpha: PREFLIGHT_ALPHA,
      power: PREFLIGHT_POWER,
      direction: t.direction,
    });
    return d === null ? null : d * 100;
  },
  noiseFire: (change, w, s) => {
    const { nT, nC } = arms(traffic, w, s);
    const p = p0 / 100;
    const sd = Math.sqrt(p * (1 - p) * (1 / nT + (Number.isFinite(nC) ? 1 / nC : 0)));
    return sd === 0 ? 0 : 1 - phi(change / 100 / sd);
  },
});

const latencyModel = (traffic: TriggerTraffic, p50: number, p99: number): Model => {
  const sigma = lognormalSigma(p50, p99);
  const sds = (w: number, s: number) => {
    const { nT, nC } = arms(traffic, w, s);
    const sdT = logQuantileSd(0.99, nT, sigma);
    const sdC = Number.isFinite(nC) ? logQuantileSd(0.99, nC, sigma) : 0;
    return Math.sqrt(sdT * sdT + sdC * sdC);
  };
  return {
    unit: 'ms',
    baselineUnit: ' ms',
    baseline: p99,
    mde: (w, s) => {
      const { nT, nC } = arms(traffic, w, s);
      const opts = { p: 0.99, sigma, nT, nC, alpha: PREFLIGHT_ALPHA, power: PREFLIGHT_POWER };
      return nT * 0.01 < 1 ? null : minimumDetectableQuantileChange(opts) * p99;
    },
    noiseFire: (change, w, s) => 1 - phi(Math.log(1 + change / p99) / sds(w, s)),
  };
};

const countModel = (perMin: number): Model => ({
  unit: 'failures/min',
  baselineUnit: ' failures/min',
  baseline: perMin,
  mde: (w) => minimumDetectableCountIncrease(perMin * w, PREFLIGHT_ALPHA, PREFLIGHT_POWER) / w,
  noiseFire: (change, w) => (perMin === 0 ? 0 : 1 - phi((change * w) / Math.sqrt(perMin * w))),
});

/** The change the trigger fires on, in the model's unit: its threshold against the baseline, or its floor. */
function targetChange(t: RollbackTrigger, baseline: number): number | null {
  if (t.threshold === null) return null;
  const floor = effectiveFloor(t);
  const up = t.direction === 'increase';
  const byThreshold =
    t.baselineMode === 'relative-percent'
      ? (baseline * t.threshold) / 100
      : t.baselineMode === 'percentage-points' || t.metric === 'downstream-failures'
        ? t.threshold
        : up
          ? t.threshold - baseline
          : baseline - t.threshold;
  return Math.max(byThreshold, floor, 0);
}

function modelFor(t: RollbackTrigger, traffic: TriggerTraffic): Model | { missing: string[] } | string {
  const missing: string[] = [];
  const rpm = traffic.requestsPerMinute;
  if (t.metric === 'error-rate') {
    if (rpm === null) missing.push('requests per minute');
    if (traffic.errorRateBaselinePercent === null) missing.push('the baseline error rate');
    return missing.length > 0 || traffic.errorRateBaselinePercent === null
      ? { missing }
      : rateModel(t, traffic, traffic.errorRateBaselinePercent);
  }
  if (t.metric === 'latency-p99') {
    if (rpm === null) missing.push('requests per minute');
    if (traffic.latencyP50Ms === null) missing.push('the baseline p50 latency');
    if (traffic.latencyP99Ms === null) missing.push('the baseline p99 latency');
    const { latencyP50Ms: p50, latencyP99Ms: p99 } = traffic;
    if (missing.length > 0 || p50 === null || p99 === null) return { missing };
    if (p99 <= p50) return 'The baseline p99 must be above the p50.';
    return latencyModel(traffic, p50, p99);
  }
  if (t.metric === 'downstream-failures') {
    const perMin = traffic.downstreamFailuresPerMinute;
    return perMin === null
      ? { missing: ['the baseline downstream failures per minute'] }
      : countModel(perMin);
  }
  return t.metric === 'integrity-check'
    ? 'An integrity check fails or passes: there is no noise to tell it from.'
    : 'A custom metric has no traffic model: paste a baseline series for the A/A check.';
}

/** Smallest window in minutes (up to a week) at which `ok` holds; ok must only get truer as it grows. */
function smallestWindow(ok: (w: number) => boolean): number | null {
  const WEEK = 7 * 24 * 60;
  if (!ok(WEEK)) return null;
  let lo = 0;
  let hi = WEEK;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return Math.max(1, Math.ceil(hi));
}

export function preflightTrigger(t: RollbackTrigger, traffic: TriggerTraffic): Detectability {
  const model = modelFor(t, traffic);
  if (typeof model === 'string') return { kind: 'not-applicable', reason: model };
  if ('missing' in model) return { kind: 'needs', missing: model.missing };
  const target = targetChange(t, model.baseline);
  if (target === null) return { kind: 'not-applicable', reason: 'The trigger has no threshold.' };
  const w = t.sampleWindowMinutes;
  const s = traffic.canarySharePercent;
  const detects = (win: number, share: number) => {
    const d = model.mde(win, share);
    return d !== null && d <= target;
  };
  const detectable = model.mde(w, s);
  const ok = detectable !== null && detectable <= target;
  const shares = [...Array.from({ length: 99 }, (_, i) => i + 1), 100];
  const { nT, nC } = arms(traffic, w, s);
  const counted = t.metric !== 'downstream-failures';
  return {
    kind: 'result',
    unit: model.unit,
    baselineUnit: model.baselineUnit,
    baseline: model.baseline,
    requests: counted ? nT : null,
    controlRequests: counted && Number.isFinite(nC) ? nC : null,
    target,
    detectable,
    ok,
    falseFire: model.noiseFire(target, w, s),
    offerWindowMinutes: ok ? null : smallestWindow((win) => detects(win, s)),
    offerSharePercent: ok || !counted ? null : (shares.find((share) => detects(w, share)) ?? null),
  };
}
