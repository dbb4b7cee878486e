import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource } from './byte-sources';
import { checkExports } from './check-exports';
import { diffHere } from './key-diff';
import type { RowKernel } from './row-kernel';
import { scanSide } from './side';
import { countingKernel, loadRowKernel } from './testing/row-kernel';

const enc = new TextEncoder();
const kernel = loadRowKernel();

// Key values as exports write them: plain, quoted (with a comma, an escaped quote, or needlessly), padded,
// empty, and the NULL markers a child's foreign key may hold.
const value = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9]{1,4}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('"a,b"', '"q""q"', '"k1"', ' k2', 'k3 ', '', 'NULL', 'null', '\\N', '"x\ny"'),
  },
);
const rows = fc.array(fc.tuple(value, fc.stringMatching(/^[a-z ]{0,30}$/)), { maxLength: 60 });

async function check(
  parent: string,
  child: string,
  chunks: number[],
  raw: boolean,
  trim: boolean,
  k: RowKernel | null,
) {
  const same = memorySource('s.csv', enc.encode('id\n1\n'));
  return checkExports(
    {
      source: same,
      target: memorySource('t.csv', enc.encode('id\n1\n')),
      keyColumn: 'id',
      referential: {
        parent: memorySource('parent.csv', enc.encode(parent), chunks),
        parentKeyColumn: 'id',
        child: memorySource('child.csv', enc.encode(child), chunks),
        childForeignKeyColumn: 'parent_id',
      },
      mode: raw ? 'raw' : 'normalised',
      trimWhitespace: trim,
    },
    {},
    scanSide,
    diffHere,
    k,
  );
}

describe('referential check with the WebAssembly kernel', () => {
  it('finds the same orphans, NULL foreign keys and file facts as without it', async () => {
    const counting = countingKernel(kernel);
    await fc.assert(
      fc.asyncProperty(
        rows,
        rows,
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        async (parentRows, childRows, chunks, raw, trim) => {
          const parent = 'name,id\n' + parentRows.map(([k, v]) => `${v},${k}\n`).join('');
          // Every seventh child row is short: no foreign-key field at all, read as an empty value.
          const child =
            'note,parent_id\n' +
            childRows.map(([k, v], i) => (i % 7 === 3 ? `${v}\r\n` : `${v},${k}\r\n`)).join('');
          const withKernel = await check(parent, child, chunks, raw, trim, counting.kernel);
          const withoutKernel = await check(parent, child, chunks, raw, trim, null);
          expect(withKernel).toEqual(withoutKernel);
        },
      ),
      { numRuns: 200 },
    );
    // The kernel did read rows (a sink that ignored it would pass the comparison above).
    expect(counting.taken()).toBeGreaterThan(500);
  });
});
