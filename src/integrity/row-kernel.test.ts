import fc from 'fast-check';
import { xxhash64 } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import type { CsvReadOptions } from './csv-bytes';
import { hashKey, KEY_SEED } from './key-hash';
import { hashRow, rowHashOut } from './row-hash';
import type { SideOutcome } from './side';
import { anyExport } from './testing/csv-arbitraries';
import { exportOf, loadRowKernel, readOptions, scanBothWays } from './testing/row-kernel';

const enc = new TextEncoder();
const kernel = loadRowKernel();

/** Everything a side reports, in a form toEqual compares: the logs' used parts only (their room may differ). */
function comparable(outcome: SideOutcome) {
  if (!outcome.ok) return outcome;
  const { stats } = outcome;
  const log = outcome.log!;
  return {
    stats,
    rows: log.rows,
    keyCol: log.keyCol,
    used: [...log.used],
    parts: log.parts.map((p, i) => [...p.subarray(0, log.used[i])]),
    marks: [...log.marks.subarray(0, 2 * log.markCount)],
  };
}

const bothWays = (bytes: Uint8Array, chunks: number[], options: CsvReadOptions, budgetBytes = 1 << 24) =>
  scanBothWays(kernel, bytes, chunks, { label: 'target', options, budgetBytes });

describe('row kernel (WebAssembly): the same hashes as row-hash.ts', () => {
  it('hashes any bytes as hashRow does, with the row seed and the key seed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0, KEY_SEED), (bytes, seed) => {
        hashRow(bytes, 0, bytes.length, seed);
        expect(kernel.hash(bytes, seed)).toEqual([rowHashOut[0], rowHashOut[1]]);
      }),
    );
  });

  it('hashes any key as key-hash.ts does, short (one word) or long (XXH32)', () => {
    const out = new Uint32Array(2);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        hashKey(bytes, 0, bytes.length, out);
        expect(kernel.keyHash(bytes)).toEqual([out[0], out[1]]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('row kernel (WebAssembly): the whole-file digest', () => {
  it("is hash-wasm's XXH64 of the bytes for any bytes and chunking, and held by one side at a time", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400, size: 'max' }),
        fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 8 }),
        async (bytes, sizes) => {
          const digest = kernel.digest();
          expect(digest).not.toBeNull();
          expect(kernel.digest()).toBeNull();
          try {
            for (let pos = 0, i = 0; pos < bytes.length; pos += sizes[i++ % sizes.length]!)
              digest!.update(bytes.subarray(pos, pos + sizes[i % sizes.length]!));
            expect(digest!.hex()).toBe(await xxhash64(bytes));
          } finally {
            digest!.release();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scans a chunk the digest copied in without copying it again, and copies any other', () => {
    const csv = enc.encode('1,a\n2,b\n3,c\n');
    const other = enc.encode('777,x\n');
    const digest = kernel.digest()!;
    const rows = (chunk: Uint8Array, copiedFirst: boolean) => {
      if (copiedFirst) digest.update(chunk);
      kernel.load(chunk.subarray(0));
      const ends: number[] = [];
      kernel.scan(0, 0, { trim: false, raw: false }, (words, base, count) => {
        for (let r = 0; r < count; r++) ends.push(words[base + r * 8 + 5]!);
        return true;
      });
      return ends;
    };
    try {
      expect(rows(csv, true)).toEqual([4, 8, 12]);
      // Not copied in by the digest: the kernel must not scan the bytes it holds from before.
      expect(rows(other, false)).toEqual([6]);
      // The digest's copy was used once: the kernel has held other bytes since.
      expect(rows(csv, false)).toEqual([4, 8, 12]);
      expect(rows(csv.subarray(4), true)).toEqual([4, 8]);
      // The same buffer, but bytes the digest did not copy in: they are copied.
      const two = enc.encode('1,a\n22,bb\n');
      digest.update(two.subarray(0, 4));
      expect(rows(two.subarray(4), false)).toEqual([6]);
    } finally {
      digest.release();
    }
  });
});

describe('row kernel (WebAssembly): a side reads the same with it as without', () => {
  it('gives the same stats, key log and marks for any CSV, chunking, line endings, mode and trimming', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyExport,
        fc.boolean(),
        async ({ rows, chunks, keyAt, mode, trimWhitespace }, bom) => {
          const options = readOptions(mode, trimWhitespace);
          const { withKernel, withoutKernel } = await bothWays(exportOf(rows, keyAt, bom), chunks, options);
          expect(comparable(withKernel)).toEqual(comparable(withoutKernel));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the plain rows of a large export itself, sizes the log the same way, and agrees', async () => {
    const lines = ['id,name,email,amount'];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        i % 50 === 0 ? `${i},"Smith, J",j${i}@x.org,${i / 4}` : `${i},Name ${i % 97},u${i}@x.org,${i / 4}`,
      );
    const bytes = enc.encode(lines.join('\r\n') + '\r\n');
    const { withKernel, withoutKernel, taken } = await bothWays(
      bytes,
      [65536, 1000, 7],
      readOptions('normalised'),
    );
    expect(comparable(withKernel)).toEqual(comparable(withoutKernel));
    if (!withKernel.ok) throw new Error(withKernel.error.message);
    expect(withKernel.log!.rows).toBe(20_000);
    // Every row but the quoted ones and those cut by a chunk boundary.
    expect(taken).toBeGreaterThan(19_000);
    // The log was sized once from the first rows' average length (past its initial 16 rows a partition), as
    // on the JavaScript path; the kernel counts the CR of a CR LF too, so the room may differ by a few rows.
    if (!withoutKernel.ok) throw new Error(withoutKernel.error.message);
    const room = (o: typeof withKernel) => o.log!.parts.reduce((n, p) => n + p.length, 0);
    expect(Math.min(...withKernel.log!.parts.map((p) => p.length))).toBeGreaterThan(16 * 4);
    expect(room(withKernel) / room(withoutKernel)).toBeCloseTo(1, 1);
  });

  it('takes every row of one chunk itself, quoted values with a comma or a quote included, long or short', async () => {
    const lines = ['id,name,note,a,b,c,d,e,f'];
    const long = `"${'x,'.repeat(30)}"`;
    for (let i = 0; i < 3_000; i++)
      lines.push(
        i % 3 === 0
          ? `${i},"Smith, J","say ""hi""",1,2,3,4,5,6`
          : i % 3 === 1
            ? `"${i},${i}",b,c,dd,ee,ff,gg,hh,"i,j"`
            : `${i},b,,${long},1,2,3,4,5`,
      );
    const bytes = enc.encode(lines.join('\n') + '\n');
    for (const mode of ['normalised', 'raw'] as const) {
      const { withKernel, withoutKernel, taken } = await bothWays(bytes, [bytes.length], readOptions(mode));
      expect(comparable(withKernel)).toEqual(comparable(withoutKernel));
      expect(taken).toBe(3_000);
    }
  });

  it('stops at the memory budget exactly where the JavaScript path stops', async () => {
    const lines = ['id,v'];
    for (let i = 0; i < 5_000; i++) lines.push(`k${i},${i}`);
    const bytes = enc.encode(lines.join('\n') + '\n');
    const { withKernel, withoutKernel, taken } = await bothWays(bytes, [4096], readOptions('raw'), 64 * 1024);
    expect(withKernel.ok).toBe(false);
    expect(withKernel).toEqual(withoutKernel);
    expect(taken).toBeGreaterThan(0);
  });
});
