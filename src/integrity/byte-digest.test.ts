import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createByteDigest } from './byte-digest';
import { checkExports } from './check-exports';
import { fixture, fsSource } from './testing/fs-source';

describe('whole-file digest', () => {
  it('is xxh64 of the bytes, whatever the chunks', async () => {
    const d = await createByteDigest();
    for (const part of ['a', 'b', 'c']) d.update(new TextEncoder().encode(part));
    expect(d.hex()).toBe('44bc2cf5ad770999'); // xxh64("abc"), seed 0, the reference test vector
  });

  it('tells byte-identical exports from reordered ones with the same rows', async () => {
    const path = fixture('source.csv');
    const same = await checkExports({
      source: fsSource(path, 5),
      target: fsSource(path, 64),
      keyColumn: 'id',
    });
    const whole = await createByteDigest();
    whole.update(readFileSync(path));
    expect(same).toMatchObject({ ok: true, identicalBytes: true, source: { bytesDigest: whole.hex() } });

    const reordered = await checkExports({
      source: fsSource(path),
      target: fsSource(fixture('target-reordered.csv')),
      keyColumn: 'id',
    });
    expect(reordered).toMatchObject({ ok: true, checksumMatch: true, identicalBytes: false });
    if (reordered.ok) expect(reordered.target.bytesDigest).not.toBe(reordered.source.bytesDigest);
  });
});
