import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RECORD_BYTES, type RecordSink } from './csv-bytes';
import { wordView } from './csv-fast-words';
import { createCsvScanner } from './csv-scanner';

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * Every record the scanner hands out, pushing `bytes` in chunks cut at `cuts`, each copied `shift` bytes past a
 * 4-byte boundary (0 as the worker's BYOB reads are; otherwise the word path starts at the chunk's first word).
 */
function scan(bytes: Uint8Array, cuts: number[], trim: boolean, key: number, shift = 0): string[] {
  const out: string[] = [];
  const sink: RecordSink = {
    onHeader: () => key,
    onRecord(buf, start, end, k, ks, ke, fields, malformed) {
      out.push(
        `${dec.decode(buf.subarray(start, end))}|${dec.decode(k.subarray(ks, ke))}|${fields}|${malformed}`,
      );
      return true;
    },
  };
  const scanner = createCsvScanner(
    { mode: 'normalised', trimWhitespace: trim, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
    sink,
  );
  let pos = 0;
  for (const cut of [...cuts, bytes.length].sort((a, b) => a - b)) {
    if (cut <= pos) continue;
    const part = bytes.subarray(pos, cut);
    const copy = new Uint8Array(shift + part.length);
    copy.set(part, shift);
    scanner.push(copy.subarray(shift));
    pos = cut;
  }
  scanner.finish();
  return out;
}

/** The byte-at-a-time reference: one-byte chunks never take the word path. */
const reference = (bytes: Uint8Array, trim: boolean, key: number) =>
  scan(
    bytes,
    Array.from({ length: bytes.length }, (_, i) => i),
    trim,
    key,
  );

const cell = fc.string({
  unit: fc.constantFrom('a', '1', '-', ' ', '\t', ',', '"', '\n', '\r', '\r\n', 'é', '€', '!', '+', '.'),
  maxLength: 9,
});

describe('word-at-a-time fast path', () => {
  it("reads a chunk's whole aligned words, wherever the chunk starts", () => {
    expect(wordView(new Uint8Array(16))?.length).toBe(4);
    const shifted = wordView(new Uint8Array(16).subarray(1));
    expect([shifted?.byteOffset, shifted?.length]).toEqual([4, 3]);
    expect(wordView(new Uint8Array(16).subarray(1, 6))).toBeNull();
  });

  it('hands out the same records as the byte-at-a-time reader, for any bytes and cuts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
        fc.array(fc.nat(300), { maxLength: 6 }),
        fc.boolean(),
        fc.nat(4),
        fc.nat(3),
        (rows, cuts, trim, key, shift) => {
          const text = ['k,v,w', ...rows.map((r) => r.join(','))].join('\n');
          const bytes = enc.encode(text);
          expect(scan(bytes, cuts, trim, key, shift)).toEqual(reference(bytes, trim, key));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes long plain rows, CRLF, blank lines and a key in any column like the reference', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      i % 17 === 0 ? '' : `${1_000_000 + i},cust-${i % 7},Name ${i},"q,${i}",2026-01-0${i % 9}`,
    );
    for (const eol of ['\n', '\r\n'])
      for (const key of [0, 2, 4]) {
        const bytes = enc.encode(`a,b,c,d,e${eol}${rows.join(eol)}${eol}`);
        const got = scan(bytes, [4096, 8192], false, key);
        expect(got).toEqual(reference(bytes, false, key));
        expect(got.length).toBe(rows.filter((r) => r !== '').length);
      }
  });
});
