import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRowHash, emptyChecksum, formatChecksum, sameChecksum } from './checksum';

const hash = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }));

function sum(hashes: [number, number][]) {
  const acc = emptyChecksum();
  for (const [lo, hi] of hashes) addRowHash(acc, lo, hi);
  return acc;
}

describe('order-independent checksum', () => {
  it('adds modulo 2^64 with the carry from the low half', () => {
    const acc = sum([
      [0xffffffff, 0],
      [1, 0],
    ]);
    expect(formatChecksum(acc)).toBe('0000000100000000:2');
    expect(
      formatChecksum(
        sum([
          [0xffffffff, 0xffffffff],
          [1, 0],
        ]),
      ),
    ).toBe('0000000000000000:2');
  });

  it('matches BigInt arithmetic and does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 50 }), (hashes) => {
        const expected = hashes.reduce(
          (s, [lo, hi]) => (s + (BigInt(hi) << 32n) + BigInt(lo)) % 2n ** 64n,
          0n,
        );
        const acc = sum(hashes);
        expect(formatChecksum(acc)).toBe(`${expected.toString(16).padStart(16, '0')}:${hashes.length}`);
        expect(sameChecksum(acc, sum([...hashes].reverse()))).toBe(true);
      }),
    );
  });

  it('changes when a row is duplicated', () => {
    fc.assert(
      fc.property(
        hash.filter(([lo, hi]) => lo !== 0 || (hi !== 0 && hi !== 0x80000000)),
        (h) => {
          const once = sum([h]);
          const twice = sum([h, h]);
          expect(twice.sumLo !== once.sumLo || twice.sumHi !== once.sumHi).toBe(true);
        },
      ),
    );
  });
});
