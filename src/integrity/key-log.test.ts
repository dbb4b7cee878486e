import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffKeyLogs } from './key-diff';
import { createKeyLog, keyAt, PARTS, STRIDE } from './key-log';
import { createMemoryBudget } from './memory';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A side as (key, row hash) pairs in file order. */
type Side = [string, number][];

function logOf(side: Side) {
  const log = createKeyLog(createMemoryBudget(), 1);
  for (const [key, row] of side) {
    const bytes = enc.encode(`<${key}>`);
    expect(log.add(bytes, 1, bytes.length - 1, row, 0)).toBe(true);
  }
  return log.data;
}

/** The naive diff the partitioned one must agree with: Maps of each key's first row. */
function modelDiff(source: Side, target: Side, limit: number) {
  const firsts = (side: Side) => {
    const first = new Map<string, number>();
    const dups: string[] = [];
    for (const [k, row] of side) {
      if (!first.has(k)) first.set(k, row);
      else if (!dups.includes(k)) dups.push(k);
    }
    return { first, dups };
  };
  const s = firsts(source);
  const t = firsts(target);
  const sampled = (keys: string[]) => ({ count: keys.length, samples: keys.slice(0, limit) });
  return {
    distinctSourceKeys: s.first.size,
    missingInTarget: sampled([...s.first.keys()].filter((k) => !t.first.has(k))),
    extraInTarget: sampled([...t.first.keys()].filter((k) => !s.first.has(k))),
    changed: sampled(
      [...t.first].filter(([k, row]) => s.first.has(k) && s.first.get(k) !== row).map(([k]) => k),
    ),
    duplicatedInSource: sampled(s.dups),
    duplicatedInTarget: sampled(t.dups),
  };
}

describe('key log and partitioned key diff', () => {
  it('agrees with a naive Map-based diff, samples in file order included', () => {
    const side = fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 2 })), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(side, side, fc.integer({ min: 0, max: 5 }), (source, target, limit) => {
        expect(diffKeyLogs(logOf(source), logOf(target), limit)).toEqual(modelDiff(source, target, limit));
      }),
      { numRuns: 200 },
    );
  });

  it('spreads keys over the partitions and keeps their bytes', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `key-${i}`);
    const data = logOf(keys.map((k) => [k, 0]));
    expect(data.rows).toBe(5000);
    const sizes = Array.from(data.used, (u) => u / STRIDE);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(Math.max(...sizes)).toBeLessThan((5000 / PARTS) * 3);
    const seen = new Set<string>();
    data.parts.forEach((part, p) => {
      for (let o = 0; o < data.used[p]!; o += STRIDE) seen.add(dec.decode(keyAt(data, part[o + 4]!)));
    });
    expect(seen).toEqual(new Set(keys));
  });

  it('keeps keys of any length, short and long length prefixes alike', () => {
    const keys = [0, 1, 254, 255, 256, 70_000].map((n) => 'k'.repeat(n) + String(n));
    const data = logOf(keys.map((k) => [k, 0]));
    const seen: string[] = [];
    data.parts.forEach((part, p) => {
      for (let o = 0; o < data.used[p]!; o += STRIDE) seen.push(dec.decode(keyAt(data, part[o + 4]!)));
    });
    expect(seen.sort()).toEqual([...keys].sort());
  });

  it('refuses a row beyond the budget, keeps what it holds, and reserves once', () => {
    const budget = createMemoryBudget(96 * 1024);
    const log = createKeyLog(budget, 1);
    log.reserve(100_000, 8); // would need ~3 MB: ignored
    expect(budget.usedBytes).toBeLessThan(16 * 1024);
    let refusedAt = -1;
    for (let i = 0; i < 100_000 && refusedAt < 0; i++) {
      const key = enc.encode(String(i));
      if (!log.add(key, 0, key.length, i, 0)) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(500);
    expect(log.data.rows).toBe(refusedAt);
    expect(budget.usedBytes).toBe(log.footprintBytes());
    expect(budget.usedBytes).toBeLessThanOrEqual(budget.limitBytes);
    log.release();
    expect(budget.usedBytes).toBe(0);

    const sized = createKeyLog(createMemoryBudget(), 1);
    // 10% headroom per partition: enough once partitions hold hundreds of rows, as in real files.
    sized.reserve(100_000, 5);
    const reserved = sized.footprintBytes();
    for (let i = 0; i < 90_000; i++) sized.add(enc.encode(String(i)), 0, String(i).length, 0, 0);
    expect(sized.footprintBytes()).toBe(reserved);
  });
});
