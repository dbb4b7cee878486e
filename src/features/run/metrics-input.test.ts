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
    });
    expect(parseMetrics('{"downstream_failures": 12, "downstream_baseline": 2}')).toEqual({
      values: { downstreamFailures: 12, downstreamFailuresBaseline: 2 },
    });
    expect(parseMetrics('Error-Rate: 3%')).toEqual({ values: { errorRatePercent: 3 } });
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
});
