import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPACITY, createIblt, ibltAdd, ibltPeel, ibltSubtract } from './iblt';

type Entry = [number, number, number];
const word = fc.integer({ min: 0, max: 0xffffffff });
const entry = fc.tuple(word, word, word);
const key = (e: Entry) => e.join(':');

function table(entries: Entry[]): Int32Array {
  const cells = createIblt();
  for (const [a, b, c] of entries) ibltAdd(cells, a, b, c, 1);
  return cells;
}

/** Peels a subtracted table and requires exactly these entries on each side. */
function expectListed(cells: Int32Array, onlyS: Entry[], onlyT: Entry[]): void {
  const listed = ibltPeel(cells);
  expect(listed).not.toBeNull();
  const got = (side: 1 | -1) =>
    listed!
      .filter((e) => e.side === side)
      .map((e) => key([e.kLo, e.kHi, e.rLo]))
      .sort();
  expect(got(1)).toEqual(onlyS.map(key).sort());
  expect(got(-1)).toEqual(onlyT.map(key).sort());
}

describe('the invertible Bloom lookup table', () => {
  it('lists exactly the entries of one side only, with their side, for any shared rows and differences', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: key, maxLength: 3000 }),
        fc.nat({ max: 400 }),
        fc.nat({ max: 400 }),
        (all, a, b) => {
          const onlyS = all.slice(0, Math.min(a, all.length));
          const onlyT = all.slice(onlyS.length, onlyS.length + b);
          const shared = all.slice(onlyS.length + onlyT.length);
          // The target holds its rows in another order: the table must not care.
          const cells = table([...shared, ...onlyS]);
          ibltSubtract(cells, table([...onlyT, ...shared.reverse()]));
          expectListed(cells, onlyS, onlyT);
          expect(cells.every((w) => w === 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a changed row (same key, other row hash) gives one entry per side', () => {
    const cells = table([[1, 2, 3]]);
    ibltSubtract(cells, table([[1, 2, 4]]));
    expect(ibltPeel(cells)).toEqual(
      expect.arrayContaining([
        { kLo: 1, kHi: 2, rLo: 3, side: 1 },
        { kLo: 1, kHi: 2, rLo: 4, side: -1 },
      ]),
    );
  });

  it('says it cannot tell (null) when more entries differ than it holds, or a row is there twice', () => {
    const many: Entry[] = Array.from({ length: 2 * CAPACITY }, (_, i) => [i, i * 7, i * 13]);
    const cells = table(many);
    ibltSubtract(cells, table([]));
    expect(ibltPeel(cells)).toBeNull();
    const twice = table([
      [9, 9, 9],
      [9, 9, 9],
    ]);
    ibltSubtract(twice, table([]));
    expect(ibltPeel(twice)).toBeNull();
  });

  it('counts modulo 2^16 on both sides alike: a cell past 65,535 entries still lists the difference', () => {
    const big: Entry = [0x1234, 0x5678, 0x9abc];
    const copies = (n: number): Entry[] => Array.from({ length: n }, () => big);
    const cells = table([...copies(70_001), [1, 2, 3]]);
    ibltSubtract(cells, table(copies(70_000)));
    expectListed(cells, [big, [1, 2, 3]], []);
  });

  it('lists a dense table exactly: cells holding several entries of both sides are never taken for one', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const entries = (n: number): Entry[] => Array.from({ length: n }, () => [next(), next(), next()]);
    // Nine tenths of the capacity, half a side: most cells mix source and target entries until peeled.
    const onlyS = entries(Math.floor(CAPACITY * 0.45));
    const onlyT = entries(Math.floor(CAPACITY * 0.45));
    const cells = table(onlyS);
    ibltSubtract(cells, table(onlyT));
    expectListed(cells, onlyS, onlyT);
  });

  it('lists up to its stated capacity', () => {
    const entries: Entry[] = Array.from({ length: CAPACITY }, (_, i) => [i * 2654435761, i, i ^ 0x5555]);
    const cells = table(entries);
    ibltSubtract(cells, table([]));
    expect(ibltPeel(cells)).toHaveLength(CAPACITY);
  });
});
