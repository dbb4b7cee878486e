import { describe, expect, it } from 'vitest';
import { formatCount } from './numbers';

describe('formatCount', () => {
  it('writes every number exactly as toLocaleString("en-US") does', () => {
    const values = [
      0,
      -0,
      1,
      7,
      999,
      1000,
      1234.5,
      1234.5678,
      0.0005,
      -42,
      -1_234_567,
      400_000_000,
      1_200_000_000,
      2 ** 53,
      1e21,
      1.5e-7,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Infinity,
      -Infinity,
      NaN,
    ];
    for (const n of values) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
