import { describe, expect, it } from 'vitest';
import { isPack, packDataDir, unpackDataDir, type PackEntry } from './datadir-pack';

const bytes = (...xs: number[]) => Uint8Array.from(xs);

describe('data directory pack', () => {
  const entries: PackEntry[] = [
    { path: 'pg_wal/000000010000000000000001', data: bytes(7, 0, 8, 0, 0, 0, 0) },
    { path: 'base', data: null },
    { path: 'pg_wal', data: null },
    { path: 'base/1', data: null },
    { path: 'base/1/1259', data: bytes(1, 2, 3) },
    { path: 'PG_VERSION', data: new TextEncoder().encode('18\n') },
    { path: 'empty', data: new Uint8Array(0) },
    { path: 'zeros', data: new Uint8Array(5) },
  ];

  it('gives back every file with its full size, zeros included, and directories before their files', () => {
    const pack = packDataDir(entries);
    expect(isPack(pack)).toBe(true);
    const back = unpackDataDir(pack);
    expect(back.map((e) => e.path)).toEqual([
      'PG_VERSION',
      'base',
      'base/1',
      'base/1/1259',
      'empty',
      'pg_wal',
      'pg_wal/000000010000000000000001',
      'zeros',
    ]);
    const byPath = new Map(back.map((e) => [e.path, e.data]));
    for (const e of entries) expect(byPath.get(e.path)).toEqual(e.data);
  });

  it('stores trailing zeros as a size only', () => {
    const big = new Uint8Array(1 << 20);
    big[10] = 1;
    const pack = packDataDir([{ path: 'wal', data: big }]);
    expect(pack.length).toBeLessThan(200);
    const [wal] = unpackDataDir(pack);
    expect(wal?.data?.length).toBe(1 << 20);
    expect(wal?.data?.[10]).toBe(1);
  });

  it('stores identical files once and gives each its own buffer', () => {
    const page = new Uint8Array(8192).map((_, i) => (i * 7) % 251);
    const pack = packDataDir([
      { path: 'base/1/1259', data: page },
      { path: 'base/4/1259', data: page.slice() },
      { path: 'base/5/1259', data: page.slice() },
    ]);
    expect(pack.length).toBeLessThan(page.length + 300);
    const back = unpackDataDir(pack);
    for (const e of back) expect(e.data).toEqual(page);
    const [a, b] = back;
    if (!a?.data || !b?.data) throw new Error('missing files');
    a.data[0] = 99;
    expect(b.data[0]).toBe(page[0]);
  });

  it('refuses what is not a whole pack, with a clear message', () => {
    expect(() => unpackDataDir(new TextEncoder().encode('not a pack at all'))).toThrow(/not a pack/);
    const pack = packDataDir(entries);
    expect(() => unpackDataDir(pack.subarray(0, pack.length - 1))).toThrow(/truncated/);
    const longer = new Uint8Array(pack.length + 1);
    longer.set(pack);
    expect(() => unpackDataDir(longer)).toThrow(/bytes left/);
    const evil = packDataDir([{ path: '../etc/passwd', data: bytes(1) }]);
    expect(() => unpackDataDir(evil)).toThrow(/bad entry/);
    const forward = packDataDir([
      { path: 'a', data: bytes(1, 2) },
      { path: 'b', data: bytes(1, 2) },
    ]);
    // Point the duplicate at itself: only earlier entries may be referred to.
    const text = new TextDecoder().decode(forward);
    const bent = new TextEncoder().encode(text.replace('"same":0', '"same":1'));
    expect(() => unpackDataDir(bent)).toThrow(/bad entry/);
  });
});
