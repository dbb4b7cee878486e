import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource } from './byte-sources';
import type { CsvReadOptions } from './csv-bytes';
import { BLOCK_ROWS } from './key-blooms';
import { createKeyOrder, observeKey } from './key-order';
import { compareKeys } from './testing/key-order-reference';
import { scanSide, type SideOutcome } from './side';
import { anyExport } from './testing/csv-arbitraries';
import { exportOf, loadRowKernel, readOptions, scanBothWays } from './testing/row-kernel';

const enc = new TextEncoder();
const kernel = loadRowKernel();

/** The non-zero words and where they are: the table and the filters are mostly zero. */
function nonZero(words: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) if (words[i] !== 0) out.push(i, words[i]!);
  return out;
}

/**
 * Everything a side's sketch holds, in a form toEqual compares; not the marks: with the kernel there are more
 * (one where each block starts, from its batches), checked on their own below.
 */
function comparable(outcome: SideOutcome) {
  if (!outcome.ok) return outcome;
  const { stats, sketch } = outcome;
  if (sketch === null) throw new Error('no sketch');
  const b = sketch.blooms;
  return {
    stats,
    cells: nonZero(sketch.cells),
    filters: b.slabs.map(nonZero),
    rows: sketch.rows,
    order: [sketch.ascending, sketch.descending],
    keyCol: sketch.keyCol,
  };
}

const bothWays = (bytes: Uint8Array, chunks: number[], options: CsvReadOptions) =>
  scanBothWays(kernel, bytes, chunks, { label: 'source', options, budgetBytes: 1 << 26, method: 'sketch' });

describe('the one-pass sketch in the WebAssembly kernel', () => {
  it('is the same table, filters, marks and order as in JavaScript, for any CSV, chunking and mode', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyExport,
        fc.constantFrom('random', 'up', 'down'),
        async ({ rows, chunks, keyAt, mode, trimWhitespace }, keys) => {
          const keyed = rows.map(([fields, end, blank], i): [string[], string, boolean] => {
            const f = [...fields];
            // Keys in order, as an export ORDER BY id writes them (numbers: 9 before 10).
            if (keys !== 'random' && keyAt < f.length)
              f[keyAt] = String(keys === 'up' ? i * 3 : 1000 - i * 3);
            return [f, end, blank];
          });
          const options = readOptions(mode, trimWhitespace);
          const { withKernel, withoutKernel } = await bothWays(exportOf(keyed, keyAt), chunks, options);
          expect(comparable(withKernel)).toEqual(comparable(withoutKernel));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes a large export itself, block filters across its batches, and agrees', async () => {
    const lines = ['id,name,email'];
    const rows = 7 * BLOCK_ROWS + 123;
    for (let i = 0; i < rows; i++)
      lines.push(i % 50 === 0 ? `${i},"Smith, J",j${i}@x.org` : `${i},Name ${i % 97},u${i}@x.org`);
    const bytes = enc.encode(lines.join('\n') + '\n');
    // Where each row starts, to check every mark: (offset, row) must be exactly that row's start.
    const starts: number[] = [];
    let at = enc.encode(lines[0]).length + 1;
    for (const line of lines.slice(1)) {
      starts.push(at);
      at += enc.encode(line).length + 1;
    }
    const options = readOptions('normalised');
    // One chunk (batches of 8192 rows cross several block ends) and many small ones.
    for (const chunks of [[bytes.length], [65536, 1000, 7]]) {
      const { withKernel, withoutKernel, taken } = await bothWays(bytes, chunks, options);
      expect(comparable(withKernel)).toEqual(comparable(withoutKernel));
      expect(taken).toBeGreaterThan(rows * 0.9);
      if (!withKernel.ok) throw new Error(withKernel.error.message);
      expect(withKernel.sketch!.ascending).toBe(true);
      expect(withKernel.sketch!.blooms.slabs.length).toBe(1);
      const b = withKernel.sketch!.blooms;
      const marks = Array.from({ length: b.markCount }, (_, m) => [b.marks[2 * m]!, b.marks[2 * m + 1]!]);
      for (const [offset, row] of marks) expect(offset).toBe(starts[row!]);
      // Every block's first row is marked, so reading a block back reads that block only.
      for (let block = 1; block * BLOCK_ROWS < rows; block++)
        expect(marks.some(([, row]) => row === block * BLOCK_ROWS)).toBe(true);
    }
  });

  it('watches the key order as key-order.ts does, word by word, for any run of keys', () => {
    // Keys around the kernel's 8-byte words: digits only or not, prefixes of each other, bytes >= 0x80.
    const key = fc.oneof(
      fc.stringMatching(/^[0-9]{0,20}$/),
      fc.stringMatching(/^[0-9]{7,9}$/),
      fc.stringMatching(/^[a-c0-9/:é]{0,19}$/),
      // A long shared prefix: the keys differ, or stop being digits, only in a later word.
      fc.stringMatching(/^12345678901[0-9a]{0,7}$/),
      fc.stringMatching(/^order-2026-[0-9a-c]{0,9}$/),
    );
    // Sorted (either way), with a few keys moved or repeated, so the watch runs long before it ends.
    const run = fc.tuple(
      fc.array(key, { maxLength: 60 }),
      fc.boolean(),
      fc.array(fc.nat(), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(run, ([keys, descending, moves]) => {
        const sorted = [...keys].sort((a, b) => compareKeys(a, b) * (descending ? -1 : 1));
        for (const m of moves)
          if (sorted.length > 0) sorted.splice(m % sorted.length, 0, sorted[(m * 7) % sorted.length]!);
        expect(kernel.sketch.begin()).toBe(true);
        try {
          const order = createKeyOrder();
          for (const k of sorted) {
            const bytes = enc.encode(`..${k},`);
            kernel.sketch.add(1, 2, 3, bytes, 2, bytes.length - 1);
            observeKey(order, bytes, 2, bytes.length - 1);
            expect(kernel.sketch.order()).toBe((order.ascending ? 1 : 0) | (order.descending ? 2 : 0));
          }
        } finally {
          kernel.sketch.release();
        }
      }),
    );
  });

  it('is held by one side at a time: a second side in the same thread keeps its sketch in JavaScript', async () => {
    const csv = enc.encode(`id,v\n${Array.from({ length: 5000 }, (_, i) => `${i},x`).join('\n')}\n`);
    const side = (label: 'source' | 'target') =>
      scanSide(
        {
          label,
          src: memorySource(`${label}.csv`, csv, [700]),
          keyColumn: 'id',
          options: readOptions('normalised'),
          sampleLimit: 5,
          budgetBytes: 1 << 26,
          method: 'sketch',
        },
        {},
        kernel,
      );
    const [a, b] = await Promise.all([side('source'), side('target')]);
    expect(comparable(a)).toEqual({ ...comparable(b) });
    // And the kernel's sketch is free again afterwards.
    expect(kernel.sketch.begin()).toBe(true);
    kernel.sketch.release();
  });
});
