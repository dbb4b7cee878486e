import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSource } from './byte-sources';
import { checkExports } from './check-exports';
import { resolveColumn } from './header';

const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 4 });

describe('header handling', () => {
  it('finds the key column, trimming padding', () => {
    expect(resolveColumn(['id', ' name '], 'name', 'source export')).toBe(1);
    expect(resolveColumn([' id'], ' id ', 'source export')).toBe(0);
  });

  it('names the column in each refusal', () => {
    expect(resolveColumn(['a', 'b'], 'id', 'source export')).toMatch(/no column "id".*"a", "b"/);
    expect(resolveColumn(['ID'], 'id', 'source export')).toMatch(/did you mean "ID"/);
    expect(resolveColumn(['id', 'x', 'id'], 'id', 'target export')).toMatch(
      /"id" twice \(positions 1 and 3\)/,
    );
    expect(resolveColumn(['id', ''], 'id', 'source export')).toMatch(/empty column name at position 2/);
    expect(resolveColumn([''], 'id', 'source export')).toMatch(/empty header row.*"id"/);
    expect(resolveColumn(['id'], '  ', 'source export')).toMatch(/No key column/);
  });

  it('never throws, and accepts a header exactly when it is non-empty, unique and has the key', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), name, (fields, key) => {
        const result = resolveColumn(fields, key, 'source export');
        const names = fields.map((f) => f.trim());
        const wanted = key.trim();
        const valid =
          wanted !== '' &&
          names.length > 0 &&
          names.every((n) => n !== '') &&
          new Set(names).size === names.length;
        if (valid && names.includes(wanted)) {
          expect(result).toBe(names.indexOf(wanted));
          return;
        }
        expect(typeof result).toBe('string');
        const message = result as string;
        if (wanted === '') expect(message).toMatch(/No key column/);
        else if (names.every((n) => n === '')) expect(message).toContain(`"${wanted}"`);
        else if (names.includes('') || new Set(names).size !== names.length) {
          // The first problem in column order is reported: an empty name, or a name seen before.
          const bad = names.findIndex((n, i) => n === '' || names.indexOf(n) !== i);
          if (names[bad] === '') expect(message).toContain(`empty column name at position ${bad + 1}`);
          else expect(message).toContain(`"${names[bad]}" twice`);
        } else expect(message).toContain(`no column "${wanted}"`);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses bad header lines in a file with a structured error naming the column and file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { maxLength: 5 }), async (fields) => {
        const header = fields.map((f) => `"${f}"`).join(',');
        const r = await checkExports({
          source: textSource('src.csv', `${header}\nx\n`),
          target: textSource('tgt.csv', 'id\n'),
          keyColumn: 'id',
        });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(['header', 'empty-file']).toContain(r.error.code);
          if (r.error.code === 'header') expect(r.error.message).toMatch(/"id"|positions? \d+/);
          expect(r.error.file).toBe('source');
        }
      }),
      { numRuns: 200 },
    );
  });
});
