import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource } from './byte-sources';
import { checkExports } from './check-exports';
import { DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions, type RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';

const enc = new TextEncoder();
const dec = new TextDecoder();

interface Scanned {
  header: string[];
  rows: { hashed: string; key: string; fields: number }[];
}

function scan(bytes: Uint8Array, cuts: number[], options: Partial<CsvReadOptions> = {}, key = 0): Scanned {
  const out: Scanned = { header: [], rows: [] };
  const sink: RecordSink = {
    onHeader(fields) {
      out.header = [...fields];
      return key;
    },
    onRecord(buf, start, end, k, ks, ke, fields) {
      out.rows.push({
        hashed: dec.decode(buf.subarray(start, end)),
        key: dec.decode(k.subarray(ks, ke)),
        fields,
      });
      return true;
    },
  };
  const scanner = createCsvScanner(
    { mode: 'normalised', trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES, ...options },
    sink,
  );
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(pos, Math.max(pos, cut)));
    pos = Math.max(pos, cut);
  }
  scanner.push(bytes.subarray(pos));
  scanner.finish();
  return out;
}

/** The canonical form the scanner must produce for a record: minimal quoting, values as they are. */
const canonical = (values: string[]) =>
  values.map((v) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');

const value = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', '1') });
const records = fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { maxLength: 8 });

/** Encodes values as an exporter might: quoted when it must be, else quoted or not at random. */
function encode(rows: string[][], quoteAll: boolean[], eol: string, bom: boolean): string {
  const line = (values: string[], r: number) =>
    values
      .map((v, i) => {
        const must = /[",\r\n]/.test(v) || (values.length === 1 && v === '');
        return must || quoteAll[(r + i) % quoteAll.length]
          ? `"${v.replaceAll('"', '""').replaceAll('\n', eol)}"`
          : v;
      })
      .join(',');
  return (bom ? '\uFEFF' : '') + rows.map((values, r) => line(values, r) + eol).join('');
}

describe('streaming CSV scanner', () => {
  it('reads quoted fields with commas, quotes and newlines into canonical records', () => {
    const csv = 'id,v\n1,"a,b"\n2,"say ""x"""\n3,"two\r\nlines"\n4,plain\n';
    const r = scan(enc.encode(csv), []);
    expect(r.header).toEqual(['id', 'v']);
    expect(r.rows.map((x) => x.hashed)).toEqual(['1,"a,b"', '2,"say ""x"""', '3,two\nlines', '4,plain']);
    expect(r.rows.map((x) => x.key)).toEqual(['1', '2', '3', '4']);
  });

  it('reads any exporter encoding of the same values identically, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        records,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 12 }),
        (rows, quoteAll, eol, bom, cuts) => {
          const header = ['k', 'v'];
          const bytes = enc.encode(encode([header, ...rows], quoteAll, eol, bom));
          const r = scan(bytes, cuts);
          expect(r.header).toEqual(header);
          expect(r.rows.map((x) => x.hashed)).toEqual(rows.map(canonical));
          expect(r.rows.map((x) => x.key)).toEqual(rows.map((v) => v[0]));
          expect(r.rows.map((x) => x.fields)).toEqual(rows.map((v) => v.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('in raw mode hashes the record bytes as exported, minus the line ending, keys still as values', () => {
    const r = scan(enc.encode('id,v\r\n"1", x \r\n2,"a\r\nb"\n'), [9, 13], { mode: 'raw' });
    expect(r.rows.map((x) => x.hashed)).toEqual(['"1", x ', '2,"a\r\nb"']);
    expect(r.rows.map((x) => x.key)).toEqual(['1', '2']);
  });

  it('gives the same check result however the same bytes are split into chunks', async () => {
    const csv = enc.encode(
      encode(
        [
          ['id', 'v'],
          ['1', 'a,b'],
          ['2', 'x\ny'],
          ['1', 'dup'],
          ['3', '"q"'],
        ],
        [false, true],
        '\r\n',
        true,
      ),
    );
    const other = enc.encode('id,v\n2,"x\ny"\n1,"a,b"\n4,z\n');
    const whole = await checkExports({
      source: memorySource('s', csv),
      target: memorySource('t', other),
      keyColumn: 'id',
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        async (a, b) => {
          const split = await checkExports({
            source: memorySource('s', csv, a),
            target: memorySource('t', other, b),
            keyColumn: 'id',
          });
          expect(split).toEqual(whole);
        },
      ),
      { numRuns: 100 },
    );
    expect(whole).toMatchObject({
      ok: true,
      keyDiff: {
        changed: { count: 0 },
        extraInTarget: { count: 1, samples: ['4'] },
        missingInTarget: { count: 1, samples: ['3'] },
        duplicatedInSource: { count: 1, samples: ['1'] },
      },
    });
  });

  it('never throws on arbitrary bytes: a report or a structured error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, chunk) => {
          const r = await checkExports({
            source: memorySource('s', bytes, [chunk]),
            target: memorySource('t', bytes, [chunk + 1]),
            keyColumn: 'id',
          });
          if (r.ok) expect(r.checksumMatch).toBe(true);
          else expect(['empty-file', 'header']).toContain(r.error.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('whitespace trimming', () => {
  it('ignores spaces and tabs around unquoted fields, on the fast and the slow path alike', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'x'), minLength: 1, maxLength: 5 });
    const pad = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(pad, plain, pad), { minLength: 2, maxLength: 3 }), { maxLength: 6 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (rows, cuts) => {
          const text =
            ['k,v', ...rows.map((r) => r.map(([a, v, b]) => a + v + b).join(','))].join('\n') + '\n';
          const r = scan(enc.encode(text), cuts, { trimWhitespace: true });
          const values = rows.map((r) => r.map(([, v]) => v.trim()));
          const expected = values.map((v) => v.join(','));
          expect(r.rows.map((x) => x.hashed)).toEqual(expected);
          expect(r.rows.map((x) => x.key)).toEqual(values.map((v) => v[0]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
