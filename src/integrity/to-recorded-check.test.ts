import { describe, expect, it } from 'vitest';
import { RecordedCheck } from '../domain/run';
import { textSource } from './byte-sources';
import { checkExports } from './check-exports';
import { toRecordedCheckFields } from './to-recorded-check';

const run = (source: string, target: string, child = 'fk\n1\n') =>
  checkExports({
    source: textSource('s', source),
    target: textSource('t', target),
    keyColumn: 'id',
    referential: {
      parent: textSource('p', 'id\n1\n'),
      parentKeyColumn: 'id',
      child: textSource('c', child),
      childForeignKeyColumn: 'fk',
    },
  });

describe('toRecordedCheckFields', () => {
  it('passes a clean check and fits the domain schema', async () => {
    const fields = toRecordedCheckFields(await run('id,v\n1,a\n2,b\n', 'id,v\n2,b\n1,a\n'));
    expect(fields).toMatchObject({
      actualRows: 2,
      checksumMatch: true,
      referentialOk: true,
      passed: true,
      source: 'csv-export',
    });
    const parsed = RecordedCheck.safeParse({ checkId: 'c1', at: '2026-12-01T22:00:00.000Z', ...fields });
    expect(parsed.success).toBe(true);
  });

  it('fails on a changed row or an orphan, saying which', async () => {
    const changed = toRecordedCheckFields(await run('id,v\n1,a\n', 'id,v\n1,b\n'));
    expect(changed).toMatchObject({ checksumMatch: false, passed: false });
    expect(changed.notes).toContain('Changed: 1 (1)');
    const orphan = toRecordedCheckFields(await run('id\n1\n', 'id\n1\n', 'fk\n1\n7\n'));
    expect(orphan).toMatchObject({ checksumMatch: true, referentialOk: false, passed: false });
    expect(orphan.notes).toContain('1 orphan rows (7)');
  });

  it('records a refused check as not passed, with the reason', async () => {
    const fields = toRecordedCheckFields(await run('', 'id\n'));
    expect(fields).toMatchObject({
      actualRows: null,
      checksumMatch: null,
      passed: false,
      source: 'csv-export',
    });
    expect(fields.notes).toMatch(/empty-file/);
  });

  it('does not pass when the headers differ, though counts and checksums agree', async () => {
    const fields = toRecordedCheckFields(await run('id,name\n1,a\n', 'id,full_name\n1,a\n'));
    expect(fields).toMatchObject({ actualRows: 1, checksumMatch: true, passed: false });
    expect(fields.notes).toContain('Headers differ: source id, name; target id, full_name.');
  });
});
