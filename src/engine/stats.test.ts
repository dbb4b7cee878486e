import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mann-whitney';
import {
  logQuantileSd,
  lognormalSigma,
  minimumDetectableCountIncrease,
  minimumDetectableQuantileChange,
  minimumDetectableRateChange,
  twoProportionPower,
  twoProportionSampleSize,
  z,
} from './stats';

describe('normal quantiles', () => {
  it('are the textbook values', () => {
    expect(z(0.95)).toBeCloseTo(1.644854, 5);
    expect(z(0.975)).toBeCloseTo(1.959964, 5);
    expect(z(0.8)).toBeCloseTo(0.841621, 5);
  });
});

describe('two-proportion z-test', () => {
  it('Fleiss without continuity correction: 10% vs 15%, two-sided 5%, power 80% needs 686 a group', () => {
    const n = twoProportionSampleSize({ p1: 0.1, p2: 0.15, alpha: 0.025, power: 0.8 });
    expect(n).toBeCloseTo(685.597, 2);
    expect(Math.ceil(n)).toBe(686);
    // The power function agrees with it at that size.
    expect(twoProportionPower({ p0: 0.1, p1: 0.15, nT: n, nC: n, alpha: 0.025 })).toBeCloseTo(0.8, 2);
  });

  it('one-sample against a known baseline: 50% vs 60% one-sided 5% needs 152.5 for 80% power', () => {
    // n = ((z.95·√(p0q0) + z.8·√(p1q1)) / δ)², the classic one-sample proportion formula.
    expect(twoProportionPower({ p0: 0.5, p1: 0.6, nT: 152.4571, nC: Infinity, alpha: 0.05 })).toBeCloseTo(
      0.8,
      4,
    );
  });

  it('power values computed independently (scipy.stats.norm)', () => {
    expect(twoProportionPower({ p0: 0.01, p1: 0.02, nT: 2000, nC: 2000, alpha: 0.05 })).toBeCloseTo(
      0.83085,
      4,
    );
    expect(twoProportionPower({ p0: 0.01, p1: 0.02, nT: 2000, nC: Infinity, alpha: 0.05 })).toBeCloseTo(
      0.97859,
      4,
    );
  });

  it('the minimum detectable change inverts the power function', () => {
    const d = minimumDetectableRateChange({
      p0: 0.1,
      nT: 685.597,
      nC: 685.597,
      alpha: 0.025,
      power: 0.8,
      direction: 'increase',
    });
    expect(d).toBeCloseTo(0.05, 3);
    const down = minimumDetectableRateChange({
      p0: 0.6,
      nT: 152.4571,
      nC: Infinity,
      alpha: 0.05,
      power: 0.8,
      direction: 'decrease',
    });
    expect(down).toBeGreaterThan(0.09);
    expect(down).toBeLessThan(0.11);
  });

  it('says when nothing is detectable: 10 requests against a 1% baseline', () => {
    expect(
      minimumDetectableRateChange({ p0: 0.01, nT: 1, nC: 1, alpha: 0.05, power: 0.8, direction: 'increase' }),
    ).toBeNull();
  });
});

describe('quantiles of a log-normal', () => {
  it('the median of normal data has variance π / 2n', () => {
    expect(logQuantileSd(0.5, 100, 1)).toBeCloseTo(Math.sqrt(Math.PI / 200), 6);
  });

  it('the p99 of 10,000 draws with sigma 1: sd of its log 0.0373 (simulated: 0.0368)', () => {
    expect(logQuantileSd(0.99, 10_000, 1)).toBeCloseTo(0.037332, 5);
    expect(
      minimumDetectableQuantileChange({
        p: 0.99,
        sigma: 1,
        nT: 10_000,
        nC: Infinity,
        alpha: 0.05,
        power: 0.8,
      }),
    ).toBeCloseTo(0.097271, 5);
  });

  it('reads the shape from the p50 and the p99', () => {
    expect(lognormalSigma(100, 100 * Math.exp(z(0.99)))).toBeCloseTo(1, 9);
  });
});

describe('Poisson counts', () => {
  it('a mean of 100 needs +25.9 for a one-sided 5% test with 80% power', () => {
    expect(minimumDetectableCountIncrease(100, 0.05, 0.8)).toBeCloseTo(25.8916, 3);
  });
});

describe('Mann-Whitney U', () => {
  it('matches scipy.stats.mannwhitneyu (asymptotic, continuity, ties)', () => {
    const r = mannWhitneyU([1.1, 1.3, 0.9, 1.2, 1.0, 1.4, 1.1], [1.5, 1.6, 1.2, 1.7, 1.4, 1.8]);
    expect(r.u).toBe(3);
    expect(r.p).toBeCloseTo(0.0120606, 6);
    const s = mannWhitneyU([3, 4, 2, 6, 2, 5], [9, 7, 5, 10, 6, 8]);
    expect(s.u).toBe(2);
    expect(s.p).toBeCloseTo(0.0125919, 6);
  });

  it('gives p = 1 to identical halves', () => {
    expect(mannWhitneyU([1, 2, 3], [1, 2, 3]).p).toBe(1);
    expect(mannWhitneyU([5, 5], [5, 5]).p).toBe(1);
  });
});
