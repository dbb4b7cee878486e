import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * The statistics behind the trigger pre-flight (docs/rollback-triggers.md): normal approximations that
 * are standard in sample-size planning, each tested against a published worked value.
 */

export const z = (p: number): number => normalQuantile(p, 0, 1);
export const phi = (x: number): number => normalCdf(x, 0, 1);
const density = (x: number) => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);

/**
 * Power of a one-sided two-proportion z-test (Fleiss, without continuity correction) of a treatment arm
 * of nT requests with rate p1 against a control arm of nC with rate p0. nC = Infinity is a test against a
 * known baseline rate (one-sample).
 */
export function twoProportionPower(a: { p0: number; p1: number; nT: number; nC: number; alpha: number }) {
  const { p0, p1, nT, nC, alpha } = a;
  const inv = 1 / nT + (Number.isFinite(nC) ? 1 / nC : 0);
  const pooled = Number.isFinite(nC) ? (nT * p1 + nC * p0) / (nT + nC) : p0;
  const sd0 = Math.sqrt(pooled * (1 - pooled) * inv);
  const sd1 = Math.sqrt((p1 * (1 - p1)) / nT + (Number.isFinite(nC) ? (p0 * (1 - p0)) / nC : 0));
  if (sd1 === 0) return Math.abs(p1 - p0) > z(1 - alpha) * sd0 ? 1 : 0;
  return phi((Math.abs(p1 - p0) - z(1 - alpha) * sd0) / sd1);
}

/**
 * Requests per arm to detect p1 against p2 with equal arms (Fleiss' formula without continuity
 * correction): n = (z_α·√(2·p̄q̄) + z_β·√(p1q1 + p2q2))² / (p1 − p2)². `alpha` is per tail as given.
 */
export function twoProportionSampleSize(a: { p1: number; p2: number; alpha: number; power: number }): number {
  const { p1, p2, alpha, power } = a;
  const pBar = (p1 + p2) / 2;
  const num =
    z(1 - alpha) * Math.sqrt(2 * pBar * (1 - pBar)) + z(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (num * num) / ((p1 - p2) * (p1 - p2));
}

/**
 * The smallest change of a rate p0 that a one-sided test at `alpha` detects with `power`, found by
 * bisection on the power function; null when even the largest possible change is not detected.
 */
export function minimumDetectableRateChange(a: {
  p0: number;
  nT: number;
  nC: number;
  alpha: number;
  power: number;
  direction: 'increase' | 'decrease';
}): number | null {
  const { p0, direction } = a;
  const max = direction === 'increase' ? 1 - p0 : p0;
  const powerAt = (d: number) => twoProportionPower({ ...a, p1: direction === 'increase' ? p0 + d : p0 - d });
  if (max <= 0 || powerAt(max * 0.999999) < a.power) return null;
  let lo = 0;
  let hi = max * 0.999999;
  for (let i = 0; i < 80; i += 1) {
    const mid = (lo + hi) / 2;
    if (powerAt(mid) >= a.power) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Standard deviation of the log of a sample p-quantile of n draws from a log-normal with shape sigma:
 * the asymptotic variance of a sample quantile, p(1 − p) / (n·f(q)²), on the log scale where the data are
 * normal. For p = 0.5 and sigma = 1 it is √(π / 2n), the textbook variance of a normal median.
 */
export function logQuantileSd(p: number, n: number, sigma: number): number {
  return (sigma * Math.sqrt((p * (1 - p)) / n)) / density(z(p));
}

/** Log-normal shape from two quantiles: ln(q99 / q50) = sigma · z(0.99). */
export const lognormalSigma = (p50: number, p99: number): number => Math.log(p99 / p50) / z(0.99);

/**
 * Smallest relative change of the p-quantile detectable between a treatment arm of nT and a control arm of
 * nC (Infinity: a known baseline), one-sided at alpha with power: exp((z_α + z_β) · √(sdT² + sdC²)) − 1.
 */
export function minimumDetectableQuantileChange(a: {
  p: number;
  sigma: number;
  nT: number;
  nC: number;
  alpha: number;
  power: number;
}): number {
  const sdT = logQuantileSd(a.p, a.nT, a.sigma);
  const sdC = Number.isFinite(a.nC) ? logQuantileSd(a.p, a.nC, a.sigma) : 0;
  return Math.exp((z(1 - a.alpha) + z(a.power)) * Math.sqrt(sdT * sdT + sdC * sdC)) - 1;
}

/**
 * Smallest increase of a Poisson count with mean m0 that a one-sided test at alpha detects with power
 * (normal approximation): the m1 with m1 − m0 = z_α·√m0 + z_β·√m1, solved as a quadratic in √m1.
 */
export function minimumDetectableCountIncrease(m0: number, alpha: number, power: number): number {
  const za = z(1 - alpha);
  const zb = z(power);
  const root = (zb + Math.sqrt(zb * zb + 4 * (m0 + za * Math.sqrt(m0)))) / 2;
  return root * root - m0;
}
