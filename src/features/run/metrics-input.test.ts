import { describe, expect, it } from 'vitest';
import { parseMetrics } from './metrics-input';

describe('pasted metrics', () => {
  it('reads key=value pairs, JSON and units', () => {
    expect(
      parseMetrics('error_rate=2.4 error_rate_baseline=1.1\np99_ms: 480ms, p99_baseline_ms=300'),
    ).toEqual({
      values: {
        errorRatePercent: 2.4,
        errorRateBaselinePercent: 1.1,
        latencyP99Ms: 480,
        latencyP99BaselineMs: 300,
      },
      custom: {},
    });
    expect(parseMetrics('{"downstream_failures": 12, "downstream_baseline": 2}')).toEqual({
      values: { downstreamFailures: 12, downstreamFailuresBaseline: 2 },
      custom: {},
    });
    expect(parseMetrics('Error-Rate: 3%')).toEqual({ values: { errorRatePercent: 3 }, custom: {} });
  });
  it('reads custom triggers by rule id, id or metric key, and their baselines', () => {
    const customs = [
      { triggerId: 'rt-c1', names: ['RT-C1', 'rt-c1', 'replication_lag'] },
      { triggerId: 'auth', names: ['RT-C2', 'auth', 'auth_success_rate'] },
    ];
    expect(
      parseMetrics('RT-C1=12min auth_success_rate: 96.5% auth_success_rate_baseline=99.2', customs),
    ).toEqual({
      values: {},
      custom: { 'rt-c1': { value: 12 }, auth: { value: 96.5, baseline: 99.2 } },
    });
    expect(parseMetrics('{"replication lag": 3, "error_rate": 1}', customs)).toEqual({
      values: { errorRatePercent: 1 },
      custom: { 'rt-c1': { value: 3 } },
    });
    // Without the plan's custom triggers the id is unknown, and the error lists what is known.
    expect(parseMetrics('RT-C1=12')).toEqual({
      error: expect.stringContaining('Unknown metric "RT-C1"') as unknown,
    });
    expect(parseMetrics('RT-C3=1', customs)).toEqual({
      error: expect.stringContaining('RT-C1, RT-C2') as unknown,
    });
  });
  it('names what is wrong', () => {
    expect(parseMetrics('eror_rate=2')).toEqual({
      error: expect.stringContaining('Unknown metric "eror_rate"') as unknown,
    });
    expect(parseMetrics('p99=-3')).toEqual({ error: '"p99" needs a number of zero or more.' });
    expect(parseMetrics('{oops')).toEqual({
      error: 'The pasted text starts like JSON but is not valid JSON.',
    });
    expect(parseMetrics('   ')).toEqual({ error: 'No metric found in the pasted text.' });
  });
  it.each([
    ['error_rate_baseline', 'errorRateBaselinePercent'],
    ['baseline_error_rate', 'errorRateBaselinePercent'],
    ['p99_baseline_ms', 'latencyP99BaselineMs'],
    ['p99_baseline', 'latencyP99BaselineMs'],
    ['latency_p99_baseline', 'latencyP99BaselineMs'],
    ['baseline_p99', 'latencyP99BaselineMs'],
    ['downstream_failures_baseline', 'downstreamFailuresBaseline'],
    ['downstream_baseline', 'downstreamFailuresBaseline'],
    ['baseline_downstream', 'downstreamFailuresBaseline'],
  ])("reads a baseline named like a custom trigger's: %s", (name, key) => {
    expect(parseMetrics(`${name}=7`)).toEqual({ values: { [key]: 7 }, custom: {} });
  });
});
