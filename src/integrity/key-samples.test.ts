import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource } from './byte-sources';
import { DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions, type RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import { readKeys } from './key-samples';
import { scanSide } from './side';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The keys of every row, read in one go by the scanner: what a sample must come back as. */
function allKeys(bytes: Uint8Array, options: CsvReadOptions): string[] {
  const keys: string[] = [];
  const sink: RecordSink = {
    onHeader: (fields) => fields.indexOf('id'),
    onRecord(_b, _s, _e, key, ks, ke) {
      keys.push(dec.decode(key.subarray(ks, ke)));
      return true;
    },
  };
  const scanner = createCsvScanner(options, sink);
  scanner.push(bytes);
  scanner.finish();
  return keys;
}

// Keys that exercise the scanner's slow path: quotes, commas, line breaks inside quotes, spaces to trim.
const key = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{0,6}$/),
  fc.constantFrom('"a,b"', '"line\nbreak"', '"cr\r\nlf"', '"say ""hi"""', ' padded ', '""'),
);
const row = fc.tuple(key, fc.stringMatching(/^[a-z ]{0,12}$/));

describe('readKeys: samples read back from the file by row number', () => {
  it('finds every row’s key, for any chunking, line endings, BOM and mode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('normalised', 'raw'),
        fc.boolean(),
        async (rows, chunks, eol, bom, mode, trimWhitespace) => {
          const text =
            (bom ? '\uFEFF' : '') +
            `v,id${eol}` +
            rows.map(([k, v]) => `${v},${k}${eol}`).join('') +
            (rows.length % 3 === 0 ? eol : ''); // a trailing blank line now and then
          const bytes = enc.encode(text);
          const options: CsvReadOptions = { mode, trimWhitespace, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES };
          const src = memorySource('t.csv', bytes, chunks);
          const side = await scanSide(
            { label: 'source', src, keyColumn: 'id', options, sampleLimit: 5, budgetBytes: 1 << 24 },
            {},
          );
          if (!side.ok) throw new Error(side.error.message);
          const expected = allKeys(bytes, options);
          expect(side.log!.rows).toBe(expected.length);
          const all = expected.map((_, i) => i);
          const found = await readKeys(src, side.log!, options, all);
          expect(all.map((r) => found.get(r))).toEqual(expected);
          // One row at a time reads only its stretch, and finds it too.
          for (const r of all.filter((i) => i % 7 === 3))
            expect((await readKeys(src, side.log!, options, [r])).get(r)).toBe(expected[r]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads only the stretch around a row, not the file', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},value ${i}\n`).join('');
    const bytes = enc.encode(`id,v\n${lines}`);
    const options: CsvReadOptions = {
      mode: 'normalised',
      trimWhitespace: false,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
    };
    const mem = memorySource('big.csv', bytes, [4096]);
    let read = 0;
    const src = { ...mem, range: (a: number, b: number) => ((read += b - a), mem.range(a, b)) };
    const side = await scanSide(
      { label: 'source', src, keyColumn: 'id', options, sampleLimit: 5, budgetBytes: 1 << 24 },
      {},
    );
    if (!side.ok) throw new Error(side.error.message);
    const found = await readKeys(src, side.log!, options, [17_001, 3, 12_345]);
    expect([...found.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [3, '3'],
      [12_345, '12345'],
      [17_001, '17001'],
    ]);
    expect(read).toBeLessThanOrEqual(3 * 4096 + 4096);
  });
});
