import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, textSource } from './byte-sources';
import { checkExports } from './check-exports';
import { resolveColumn } from './header';

/** Names a spreadsheet, a hostile export or a careless script can put in a header row. */
const hostileName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'id',
    ' id ',
    'ID',
    '',
    '   ',
    '\uFEFFid',
    'i\u200Bd',
    '\u202Eid',
    '<img src=x onerror=alert(1)>',
    '"quoted"',
    'a,b',
    'x'.repeat(10_000),
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** A CSV field, quoted whenever it holds what would split it. */
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('CSV header handling fuzzing', () => {
  it('resolveColumn never throws; a refusal names the file and the column or its position', () => {
    fc.assert(
      fc.property(fc.array(hostileName, { maxLength: 60 }), hostileName, (fields, key) => {
        const result = resolveColumn(fields, key, 'source export');
        if (typeof result === 'number') {
          expect(fields[result]?.trim()).toBe(key.trim());
          return;
        }
        expect(result).toContain('source export');
        const wanted = key.trim();
        if (wanted === '') expect(result).toMatch(/No key column/);
        else expect(result).toMatch(new RegExp(`"${escapeRegExp(wanted)}"|position \\d+|positions \\d+`));
      }),
      { numRuns: 1_500 },
    );
  });

  it('checkExports never throws on arbitrary header lines; header refusals name the file and column', async () => {
    const headerLine = fc.oneof(
      fc.array(hostileName, { maxLength: 8 }).map((f) => f.map(csvField).join(',')),
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', ' ', '\u0000'), maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(headerLine, hostileName, fc.boolean(), async (header, key, trim) => {
        const result = await checkExports({
          source: textSource('src.csv', `${header}\n1,2\n`, [3, 7]),
          target: textSource('tgt.csv', `${header}\n1,2\n`),
          keyColumn: key,
          trimWhitespace: trim,
        });
        if (result.ok) {
          expect(result.keyDiff.keyColumn).toBe(key.trim());
          return;
        }
        expect(result.error.message.length).toBeGreaterThan(10);
        expect(['bad-input', 'empty-file', 'header', 'record-too-long']).toContain(result.error.code);
        if (result.error.code === 'header') {
          // Both files are read at once and either may be refused first; the refusal names its own file.
          const file = result.error.file;
          expect(file === 'source' || file === 'target').toBe(true);
          expect(result.error.message).toContain(`${file} export`);
          expect(result.error.message).toContain(file === 'source' ? 'src.csv' : 'tgt.csv');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes before the first line break never throw, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 120 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        async (bytes, chunks) => {
          const withRow = new Uint8Array([...bytes, 0x0a, 0x31, 0x0a]);
          const result = await checkExports({
            source: memorySource('src.csv', withRow, chunks),
            target: memorySource('tgt.csv', withRow),
            keyColumn: 'id',
          });
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
