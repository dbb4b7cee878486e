import { describe, expect, it } from 'vitest';
import { textSource } from './byte-sources';
import { checkExports } from './check-exports';
import type { IntegrityReport } from './types';
import { describeHeaderDifference, integrityVerdict } from './verdict';

async function check(source: string, target: string, child?: string): Promise<IntegrityReport> {
  const r = await checkExports({
    source: textSource('s.csv', source),
    target: textSource('t.csv', target),
    keyColumn: 'id',
    referential: child
      ? {
          parent: textSource('p.csv', 'id\n1\n2\n'),
          parentKeyColumn: 'id',
          child: textSource('c.csv', child),
          childForeignKeyColumn: 'fk',
        }
      : null,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('integrityVerdict', () => {
  it('is a match only when everything agrees', async () => {
    expect(integrityVerdict(await check('id,v\n1,a\n2,b\n', 'id,v\n2,b\n1,a\n', 'fk\n1\n'))).toEqual({
      match: true,
      reasons: [],
    });
  });

  it('is no match when a column was renamed, though every row hashes the same', async () => {
    const r = await check('id,name\n1,a\n2,b\n', 'id,full_name\n1,a\n2,b\n');
    expect(r.checksumMatch).toBe(true);
    expect(integrityVerdict(r)).toEqual({
      match: false,
      reasons: ['The headers differ: only the source has "name"; only the target has "full_name".'],
    });
  });

  it('is no match when the header names the columns in another order', async () => {
    // The values stay where they were: the names now label the wrong columns.
    const r = await check('id,first,last\n1,a,b\n', 'id,last,first\n1,a,b\n');
    expect(r.checksumMatch).toBe(true);
    expect(integrityVerdict(r).match).toBe(false);
    expect(integrityVerdict(r).reasons[0]).toContain('same columns in another order');
  });

  it('is no match on a duplicated key even where counts and checksums agree', async () => {
    const r = await check('id,v\n1,a\n1,a\n', 'id,v\n1,a\n1,a\n');
    expect(r.checksumMatch && r.rowCountMatch).toBe(true);
    expect(integrityVerdict(r).reasons).toEqual([
      '1 key is duplicated in the source.',
      '1 key is duplicated in the target.',
    ]);
  });

  it('names every disagreement: counts, checksum, keys and orphans', async () => {
    const r = await check('id,v\n1,a\n2,b\n', 'id,v\n1,x\n', 'fk\n1\n9\n');
    expect(integrityVerdict(r).reasons).toEqual([
      'The row counts differ (source 2, target 1).',
      'The row checksums differ.',
      '1 key is missing in the target.',
      '1 row changed.',
      '1 orphan row.',
    ]);
  });
});

describe('describeHeaderDifference', () => {
  it('says what is missing on each side', () => {
    expect(describeHeaderDifference(['id', 'a'], ['id'])).toBe(
      'The headers differ: only the source has "a".',
    );
    expect(describeHeaderDifference(['id'], ['id', 'b', 'c'])).toBe(
      'The headers differ: only the target has "b", "c".',
    );
  });
});
