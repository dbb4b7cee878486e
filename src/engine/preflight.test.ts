import { describe, expect, it } from 'vitest';
import { RollbackTrigger, TriggerTraffic } from '../domain';
import { defaultTriggers } from '../domain/defaults';
import { aaCheck, parseSeries } from './baseline-aa';
import { preflightTrigger } from './preflight';

const [rt01, rt02, rt03, rt04] = defaultTriggers();
const traffic = (over: Partial<TriggerTraffic>) => TriggerTraffic.parse(over);
/** A pre-flight that has what it needs; any other kind fails the test with it. */
function measured(trigger: RollbackTrigger, t: TriggerTraffic) {
  const r = preflightTrigger(trigger, t);
  if (r.kind !== 'result') throw new Error(r.kind);
  return r;
}

describe('pre-flight detectability', () => {
  it('says what it needs', () => {
    expect(preflightTrigger(rt01!, traffic({}))).toEqual({
      kind: 'needs',
      missing: ['requests per minute', 'the baseline error rate'],
    });
    expect(preflightTrigger(rt03!, traffic({})).kind).toBe('not-applicable');
  });

  it('a 5% canary of 1,000 req/min cannot tell the spec’s +5% on a 1% error rate in 5 minutes', () => {
    const canary = traffic({ requestsPerMinute: 1000, canarySharePercent: 5, errorRateBaselinePercent: 1 });
    const r = measured(rt01!, canary);
    expect(r.requests).toBe(250);
    expect(r.controlRequests).toBe(4750);
    // +5% relative of 1% is 0.05 points; the floor lifts the target to 0.1 points.
    expect(r.target).toBeCloseTo(0.1, 9);
    expect(r.ok).toBe(false);
    expect(r.detectable).toBeGreaterThan(1.5);
    // With nothing wrong, one sample in three or so crosses +0.1 points on 250 requests.
    expect(r.falseFire).toBeGreaterThan(0.3);
    // The offers make it detectable: a longer window, or a larger share.
    expect(r.offerWindowMinutes).toBeGreaterThan(60);
    const withWindow = (minutes: number) => measured({ ...rt01!, sampleWindowMinutes: minutes }, canary);
    expect(withWindow(r.offerWindowMinutes!).ok).toBe(true);
    expect(withWindow(r.offerWindowMinutes! - 1).ok).toBe(false);
  });

  it('at full share, 200,000 req/min and a 5-minute window detect +0.1 points on a 1% baseline', () => {
    const r = measured(rt01!, traffic({ requestsPerMinute: 200_000, errorRateBaselinePercent: 1 }));
    expect(r.controlRequests).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.detectable).toBeLessThan(0.1);
    expect(r.offerWindowMinutes).toBeNull();
  });

  it('latency: the p99 of a window from a log-normal shaped by the p50 and the p99', () => {
    const latency = (requestsPerMinute: number) =>
      measured(rt02!, traffic({ requestsPerMinute, latencyP50Ms: 40, latencyP99Ms: 300 }));
    const ok = latency(10_000);
    expect(ok.target).toBe(150);
    expect(ok.ok).toBe(true);
    expect(latency(10).detectable).toBeNull();
  });

  it('downstream failures: a Poisson count over the window', () => {
    const r = measured(rt04!, traffic({ downstreamFailuresPerMinute: 20 }));
    // 100 failures in 5 minutes: +25.9 detectable, 5.18 a minute, more than the floor of 1.
    expect(r.detectable).toBeCloseTo(25.8916 / 5, 3);
    expect(r.ok).toBe(false);
    expect(r.offerSharePercent).toBeNull();
  });

  it('a falling metric is measured below the baseline', () => {
    const success = RollbackTrigger.parse({
      id: 's',
      ruleId: 'RT-01',
      metric: 'error-rate',
      description: 'x',
      threshold: 0.5,
      baselineMode: 'percentage-points',
      direction: 'decrease',
    });
    expect(measured(success, traffic({ requestsPerMinute: 50_000, errorRateBaselinePercent: 2 })).ok).toBe(
      true,
    );
  });
});

describe('A/A check of a baseline series', () => {
  const steady = [1.0, 1.1, 0.9, 1.05, 0.95, 1.0, 1.1, 0.9, 1.02, 0.98, 1.0, 1.04];
  it('finds no drift in a steady series and gives its noise floor', () => {
    const r = aaCheck({ ...rt01!, floor: 0 }, steady);
    if (r.kind !== 'result') throw new Error(r.kind);
    expect(r.drifts).toBe(false);
    expect(r.median).toBe(1);
    expect(r.noiseFloor).toBeCloseTo(0.1, 9);
    // +5% of 1.0 is 1.05: two samples are above it, so the trigger fires on noise; a floor of 0.2 points
    // keeps it quiet.
    expect(r.firesOn).toBe(2);
    expect(aaCheck({ ...rt01!, floor: 0.2 }, steady)).toMatchObject({ firesOn: 0 });
  });

  it('finds drift when the second half moved', () => {
    const r = aaCheck(rt01!, [1, 1.1, 0.9, 1, 1.05, 0.95, 2, 2.1, 1.9, 2, 2.05, 1.95]);
    expect(r.kind === 'result' && r.drifts).toBe(true);
    expect(aaCheck(rt01!, [1, 2, 3]).kind).toBe('too-short');
  });

  it('reads pasted series', () => {
    expect(parseSeries('[1, 2.5; 3%\n4ms]')).toEqual({ values: [1, 2.5, 3, 4] });
    expect(parseSeries('1 x 3')).toEqual({ error: 'Value 2 ("x") is not a number of zero or more.' });
  });
});
