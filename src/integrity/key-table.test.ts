import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyTable, keyHash } from './key-table';
import { createMemoryBudget } from './memory';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('key table', () => {
  it('behaves like a Map from key bytes to entries, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const table = createKeyTable(createMemoryBudget(), 4);
        const model = new Map<string, number>();
        for (const key of keys) {
          const bytes = enc.encode(`#${key}#`);
          const e = table.findOrInsert(bytes, 1, bytes.length - 1);
          expect(table.inserted).toBe(!model.has(key));
          if (!model.has(key)) model.set(key, e);
          expect(e).toBe(model.get(key));
        }
        expect(table.size).toBe(model.size);
        for (const [key, e] of model) {
          const bytes = enc.encode(key);
          expect(table.find(bytes, 0, bytes.length)).toBe(e);
          expect(dec.decode(table.keyBytes(e))).toBe(key);
        }
        expect(table.find(enc.encode('\u0000absent'), 0, 7)).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a key beyond the budget without losing the ones it holds', () => {
    const budget = createMemoryBudget(48 * 1024);
    const table = createKeyTable(budget, 16);
    let refusedAt = -1;
    for (let i = 0; i < 100_000 && refusedAt < 0; i++) {
      const key = enc.encode(String(i));
      if (table.findOrInsert(key, 0, key.length) < 0) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(100);
    expect(table.size).toBe(refusedAt);
    expect(budget.usedBytes).toBeLessThanOrEqual(budget.limitBytes);
    expect(budget.usedBytes).toBe(table.footprintBytes());
    const first = enc.encode('0');
    expect(table.find(first, 0, 1)).toBe(0);
    table.release();
    expect(budget.usedBytes).toBe(0);
  });

  it('keeps keys apart whose 32-bit slot hashes collide', () => {
    const byHash = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null && i < 1_000_000; i++) {
      const key = `k${i}`;
      const bytes = enc.encode(key);
      const h = keyHash(bytes, 0, bytes.length);
      const other = byHash.get(h);
      if (other !== undefined) pair = [other, key];
      byHash.set(h, key);
    }
    expect(pair).not.toBeNull();
    const table = createKeyTable(createMemoryBudget());
    const [a, b] = (pair ?? ['', '']).map((k) => enc.encode(k));
    const ea = table.findOrInsert(a!, 0, a!.length);
    const eb = table.findOrInsert(b!, 0, b!.length);
    expect(eb).not.toBe(ea);
    expect(table.inserted).toBe(true);
    expect(table.find(b!, 0, b!.length)).toBe(eb);
  });
});
