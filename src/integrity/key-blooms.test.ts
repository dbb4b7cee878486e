import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_ROWS, blockRange, blocksWith, createKeyBlooms } from './key-blooms';
import { createMemoryBudget } from './memory';

const kLo = (r: number) => Math.imul(r, 0x9e3779b1) >>> 0;
const kHi = (r: number) => Math.imul(r ^ 0x55, 0x85ebca6b) >>> 0;

describe('the blocks and their key filters', () => {
  it('finds every key in its block (a filter never misses), seldom elsewhere, and reads back around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 100, max: 20_000 }),
        fc.integer({ min: 0, max: 3 }),
        (rows, chunk, skip) => {
          const blooms = createKeyBlooms(createMemoryBudget(1 << 26));
          // Row r starts at byte 10 r + 10 (a 10-byte header); a mark per "chunk" of rows, but none for the
          // first `skip` chunks, as when the header's chunk came before the key column was known.
          for (let r = 0; r < rows; r++) {
            if (r % chunk === 0 && r / chunk >= skip) {
              blooms.mark(10 + r * 10);
              blooms.mark(10 + r * 10); // a second mark before the same row changes nothing
            }
            blooms.add(kLo(r), kHi(r));
          }
          const data = blooms.data;
          let wrong = 0;
          for (let r = 0; r < rows; r += 97) {
            const found = blocksWith(data, kLo(r), kHi(r));
            expect(found).toContain(Math.floor(r / BLOCK_ROWS));
            wrong += found.length - 1;
          }
          expect(wrong / Math.ceil(rows / 97)).toBeLessThan(0.2);
          const size = 10 + rows * 10;
          for (let b = 0; b * BLOCK_ROWS < rows; b++) {
            const range = blockRange(data, b, size);
            expect(range.fromRow).toBe(b * BLOCK_ROWS);
            expect(range.toRow).toBe(Math.min(rows, (b + 1) * BLOCK_ROWS));
            // The stretch starts at a row start at or before the block and ends at or after its last row.
            expect(range.withHeader ? 0 : 10 + range.firstRow * 10).toBe(range.start);
            expect(range.firstRow).toBeLessThanOrEqual(range.fromRow);
            expect(range.end).toBeGreaterThanOrEqual(10 + range.toRow * 10);
            expect(range.withHeader).toBe(skip > 0 && range.fromRow < skip * chunk);
            // ...and is no longer than a chunk's worth of rows on each side.
            expect(range.end - range.start).toBeLessThanOrEqual(
              10 * (BLOCK_ROWS + 2 * chunk + skip * chunk) + 10,
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a new filter past the memory budget', () => {
    const blooms = createKeyBlooms(createMemoryBudget(1024));
    expect(blooms.add(1, 2)).toBe(false);
  });
});
