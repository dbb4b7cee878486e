import { describe, expect, it } from 'vitest';
import { approxMaxKeyRows, approxMaxParentKeys } from '../../integrity';
import { keyMemoryWarning, type HeaderInfo } from './read-header';

const enc = new TextEncoder();

/** A header sample of 1,000 rows whose key is `key(i)`; every row is padded to the same length. */
function sampleOf(key: (i: number) => string): { info: HeaderInfo; bytesPerRow: number } {
  const rows = Array.from({ length: 1000 }, (_, i) => `${key(i)},value\n`);
  return {
    info: { columns: ['id', 'v'], sample: enc.encode(`id,v\n${rows.join('')}`) },
    bytesPerRow: rows[0]!.length,
  };
}

describe('keyMemoryWarning', () => {
  const short = sampleOf((i) => String(1_000_000 + i));
  const uuid = sampleOf((i) => `${String(i).padStart(8, '0')}-1111-2222-3333-444455556666`);

  it('warns for a source or target with more rows than the key diff holds, whatever the key length', () => {
    const limit = approxMaxKeyRows();
    for (const { info, bytesPerRow } of [short, uuid]) {
      const under = { name: 'ok.csv', size: Math.floor(limit * 0.9) * bytesPerRow };
      expect(keyMemoryWarning(info, under, 'id', 'source export')).toBeNull();
      const over = { name: 'big.csv', size: Math.ceil(limit * 1.1) * bytesPerRow };
      const warning = keyMemoryWarning(info, over, 'id', 'target export');
      expect(warning).toContain('"big.csv" (target export)');
      expect(warning).toContain(`keys of about ${limit.toLocaleString('en')} rows per file`);
      expect(warning).toContain('no such log when an export is sorted by the key');
    }
  });

  it('holds fewer parent keys when they are longer: the parent table keeps their bytes', () => {
    const rows = Math.ceil(approxMaxParentKeys(7) * 0.8);
    expect(approxMaxParentKeys(36)).toBeLessThan(rows);
    expect(
      keyMemoryWarning(short.info, { name: 'p.csv', size: rows * short.bytesPerRow }, 'id', 'parent export'),
    ).toBeNull();
    expect(
      keyMemoryWarning(uuid.info, { name: 'p.csv', size: rows * uuid.bytesPerRow }, 'id', 'parent export'),
    ).toContain('of this key length');
  });

  it('says nothing when the key column is not in the file', () => {
    expect(
      keyMemoryWarning(short.info, { name: 'x.csv', size: 1e12 }, 'missing', 'source export'),
    ).toBeNull();
  });
});
