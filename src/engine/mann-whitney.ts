import { phi } from './stats';

export type MannWhitney = { u: number; z: number; p: number };

/** Average ranks (1-based) of the pooled values, and the tie groups' sizes for the variance correction. */
function ranks(values: number[]): { ranks: number[]; ties: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length).fill(0);
  const ties: number[] = [];
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && order[end]?.v === order[start]?.v) end += 1;
    const avg = (start + end + 1) / 2;
    for (let k = start; k < end; k += 1) out[order[k]?.i ?? 0] = avg;
    if (end - start > 1) ties.push(end - start);
    start = end;
  }
  return { ranks: out, ties };
}

/**
 * Mann-Whitney U test, two-sided, by the normal approximation with the tie correction and a continuity
 * correction (as scipy.stats.mannwhitneyu with method="asymptotic"). U is the first sample's statistic.
 * Used on the two halves of a baseline series: nothing changed between them, so a small p says the
 * baseline itself drifts.
 */
export function mannWhitneyU(a: number[], b: number[]): MannWhitney {
  const n1 = a.length;
  const n2 = b.length;
  const { ranks: r, ties } = ranks([...a, ...b]);
  const r1 = r.slice(0, n1).reduce((s, x) => s + x, 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const tieTerm = ties.reduce((s, t) => s + (t * t * t - t), 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const mean = (n1 * n2) / 2;
  if (variance <= 0) return { u, z: 0, p: 1 };
  const zValue = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  const zc = Math.max(0, zValue);
  return { u, z: Math.sign(u - mean) * zc, p: Math.min(1, 2 * (1 - phi(zc))) };
}
