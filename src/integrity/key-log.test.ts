import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffKeyLogs, mergeDiffRows, partitionsOf, type KeyDiffRows, type SampledRows } from './key-diff';
import { createKeyLog, PARTS, STRIDE } from './key-log';
import { createMemoryBudget } from './memory';

const enc = new TextEncoder();

/** A side as (key, row hash) pairs in file order. */
type Side = [string, number][];

function logOf(side: Side) {
  const log = createKeyLog(createMemoryBudget(), 1);
  for (const [key, row] of side) {
    const bytes = enc.encode(`<${key}>`);
    expect(log.add(bytes, 1, bytes.length - 1, row)).toBe(true);
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

/** The diff's row numbers turned back into the keys at those rows. */
function named(diff: KeyDiffRows, source: Side, target: Side) {
  const keys = (s: SampledRows, side: Side) => ({ count: s.count, samples: s.rows.map((r) => side[r]![0]) });
  return {
    distinctSourceKeys: diff.distinctSourceKeys,
    missingInTarget: keys(diff.missingInTarget, source),
    extraInTarget: keys(diff.extraInTarget, target),
    changed: keys(diff.changed, target),
    duplicatedInSource: keys(diff.duplicatedInSource, source),
    duplicatedInTarget: keys(diff.duplicatedInTarget, target),
  };
}

describe('key log and partitioned key diff', () => {
  it('agrees with a naive Map-based diff, samples in file order included', () => {
    const side = fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 2 })), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(side, side, fc.integer({ min: 0, max: 5 }), (source, target, limit) => {
        const diff = diffKeyLogs(logOf(source), logOf(target), limit);
        expect(named(diff, source, target)).toEqual(modelDiff(source, target, limit));
      }),
      { numRuns: 200 },
    );
  });

  it('split in two at any partition and merged, the diff is the same as in one go', () => {
    const side = fc.array(fc.tuple(fc.string({ maxLength: 2 }), fc.integer({ min: 0, max: 1 })), {
      maxLength: 300,
    });
    fc.assert(
      fc.property(
        side,
        side,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: PARTS }),
        (a, b, limit, at) => {
          const whole = diffKeyLogs(logOf(a), logOf(b), limit);
          const [s, t] = [logOf(a), logOf(b)];
          // The upper part as the helper worker gets it: only its partitions, the others empty.
          const upper = diffKeyLogs(
            partitionsOf(s, at, PARTS).data,
            partitionsOf(t, at, PARTS).data,
            limit,
            at,
            PARTS,
          );
          const lower = diffKeyLogs(s, t, limit, 0, at);
          expect(mergeDiffRows(lower, upper, limit)).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('spreads keys over the partitions, each in file order with its row number', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `key-${i}`);
    const data = logOf(keys.map((k) => [k, 0]));
    expect(data.rows).toBe(5000);
    const sizes = Array.from(data.used, (u) => u / STRIDE);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(Math.max(...sizes)).toBeLessThan((5000 / PARTS) * 3);
    const rows: number[] = [];
    data.parts.forEach((part, p) => {
      let last = -1;
      for (let o = 0; o < data.used[p]!; o += STRIDE) {
        expect(part[o + 3]!).toBeGreaterThan(last);
        last = part[o + 3]!;
        rows.push(last);
      }
    });
    expect(rows.sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
  });

  it('marks where rows start, once per row however many chunks a row spans', () => {
    const log = createKeyLog(createMemoryBudget(), 1);
    const key = enc.encode('k');
    log.mark(10);
    log.add(key, 0, 1, 0);
    log.mark(20);
    log.mark(20); // a long record: the next chunk starts inside it
    log.add(key, 0, 1, 0);
    for (let i = 0; i < 300; i++) {
      log.mark(100 + i);
      log.add(key, 0, 1, 0);
    }
    const { marks, markCount } = log.data;
    expect(markCount).toBe(302);
    expect(Array.from(marks.subarray(0, 6))).toEqual([10, 0, 20, 1, 100, 2]);
    expect(Array.from(marks.subarray(2 * 301, 2 * 302))).toEqual([399, 301]);
  });

  it('refuses a row beyond the budget, keeps what it holds, and reserves once', () => {
    const budget = createMemoryBudget(96 * 1024);
    const log = createKeyLog(budget, 1);
    log.reserve(1_000_000); // would need ~17 MB: ignored
    expect(budget.usedBytes).toBeLessThan(16 * 1024);
    let refusedAt = -1;
    for (let i = 0; i < 100_000 && refusedAt < 0; i++) {
      const key = enc.encode(String(i));
      if (!log.add(key, 0, key.length, i)) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(500);
    expect(log.data.rows).toBe(refusedAt);
    expect(budget.usedBytes).toBe(log.footprintBytes());
    expect(budget.usedBytes).toBeLessThanOrEqual(budget.limitBytes);
    log.release();
    expect(budget.usedBytes).toBe(0);

    const sized = createKeyLog(createMemoryBudget(), 1);
    // 10% headroom per partition: enough once partitions hold hundreds of rows, as in real files.
    sized.reserve(100_000);
    const reserved = sized.footprintBytes();
    for (let i = 0; i < 90_000; i++) sized.add(enc.encode(String(i)), 0, String(i).length, 0);
    expect(sized.footprintBytes()).toBe(reserved);
  });
});
