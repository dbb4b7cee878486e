import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSource } from './byte-sources';
import { checkExports } from './check-exports';
import type { CheckExportsInput } from './check-input';
import { CAPACITY, CELL_WORDS, CELLS } from './iblt';
import type { ByteSource } from './read-pass';
import { diffHere } from './key-diff';
import { scanSide, type SideRunner } from './side';
import { loadRowKernel } from './testing/row-kernel';
import type { IntegrityReport, IntegrityResult } from './types';

const kernel = loadRowKernel();

function report(r: IntegrityResult): IntegrityReport {
  if (!r.ok) throw new Error(`expected a report, got ${r.error.code}: ${r.error.message}`);
  return r;
}

/** The key log only, as before the one pass existed: the reference the one pass must equal. */
const logOnly: SideRunner = (side, hooks) => scanSide({ ...side, method: 'log' }, hooks);
/** Both sides through the WebAssembly kernel, in one thread: the second side keeps its sketch in JavaScript. */
const withKernel: SideRunner = (side, hooks) => scanSide(side, hooks, kernel);

/** What must not depend on how the key diff ran. */
function findings(r: IntegrityReport) {
  const { keyDiffBy: _by, keyDiffNote: _note, keyMemoryPeakBytes: _peak, rowsReadBy: _read, ...rest } = r;
  return rest;
}

const input = (source: string, target: string, sampleLimit: number, chunk: number): CheckExportsInput => ({
  source: textSource('s.csv', source, [chunk]),
  target: textSource('t.csv', target, [chunk]),
  keyColumn: 'id',
  sampleLimit,
});

const csv = (rows: [string, string][]) => `id,v\n${rows.map(([k, v]) => `${k},${v}`).join('\n')}\n`;

const dups = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) },
);

/** A source and a target built from one set of keys, with findings planted and orders chosen. */
const scenario = fc
  .record({
    keys: fc.uniqueArray(fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.stringMatching(/^[a-z]{1,6}$/)), {
      minLength: 0,
      maxLength: 120,
    }),
    sourceOrder: fc.constantFrom('up', 'down', 'shuffled'),
    targetOrder: fc.constantFrom('up', 'down', 'shuffled', 'as source'),
    missing: fc.nat({ max: 6 }),
    changed: fc.nat({ max: 6 }),
    extra: fc.nat({ max: 6 }),
    dupSource: dups,
    dupTarget: dups,
    dupChanged: fc.boolean(),
    seed: fc.nat(),
    sampleLimit: fc.nat({ max: 4 }),
    chunk: fc.integer({ min: 7, max: 400 }),
  })
  .map((s) => {
    const cmp = (a: string, b: string) => {
      const d = (x: string) => /^[0-9]+$/.test(x);
      if (d(a) !== d(b)) return d(a) ? -1 : 1;
      if (d(a) && a.length !== b.length) return a.length - b.length;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    let r = s.seed;
    const rand = () => (r = (Math.imul(r, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const order = (rows: [string, string][], how: string) =>
      how === 'up'
        ? [...rows].sort((a, b) => cmp(a[0], b[0]))
        : how === 'down'
          ? [...rows].sort((a, b) => cmp(b[0], a[0]))
          : how === 'shuffled'
            ? [...rows].sort(() => rand() - 0.5)
            : rows;
    // Values with quotes, commas and line breaks, so the JavaScript path reads some rows.
    const value = (k: string) => (k.length % 3 === 0 ? `"a, ${k}\nb"` : `v${k}`);
    const base: [string, string][] = s.keys.map((k) => [k, value(k)]);
    let source = order(base, s.sourceOrder);
    let target: [string, string][] = base
      .slice(s.missing)
      .map(([k, v], i) => [k, i < s.changed ? `${v}x` : v]);
    target.push(...Array.from({ length: s.extra }, (_, i): [string, string] => [`new${i}`, 'n']));
    // A duplicate is the same row again, or (`dupChanged`) the same key with another value.
    const again = ([k, v]: [string, string]): [string, string] => [k, s.dupChanged ? `${v}d` : v];
    source = [...source, ...source.slice(0, s.dupSource).map(again)];
    target = order(target, s.targetOrder === 'as source' ? s.sourceOrder : s.targetOrder);
    target = [...target, ...target.slice(0, s.dupTarget).map(again)];
    return { ...s, source: csv(source), target: csv(target) };
  });

describe('the one-pass key diff', () => {
  it('gives exactly the key log’s report (counts, samples in file order, duplicates) for any exports', async () => {
    let onePass = 0;
    await fc.assert(
      fc.asyncProperty(scenario, fc.boolean(), async (s, useKernel) => {
        const reference = report(
          await checkExports(input(s.source, s.target, s.sampleLimit, s.chunk), {}, logOnly),
        );
        const run = report(
          await checkExports(
            input(s.source, s.target, s.sampleLimit, s.chunk),
            {},
            useKernel ? withKernel : scanSide,
            diffHere,
            // The kernel also reads back the blocks that name the findings.
            useKernel ? kernel : null,
          ),
        );
        expect(findings(run)).toEqual(findings(reference));
        expect(reference.keyDiffBy).toBe('key-log');
        const inOrder = s.sourceOrder !== 'shuffled' || s.targetOrder === 'up' || s.targetOrder === 'down';
        const clean = s.dupSource === 0 && s.dupTarget === 0;
        // An export in key order (the whole file: the source only when it has no duplicate appended) and no
        // duplicate: the one pass must answer by itself.
        if (clean && inOrder) {
          expect(run.keyDiffBy).toBe('one-pass');
          onePass++;
        }
        if (run.keyDiffBy === 'key-log-second-pass')
          expect(run.keyDiffNote).toMatch(/^in a second pass with the key log: /);
      }),
      { numRuns: 400 },
    );
    expect(onePass).toBeGreaterThan(100);
  });

  it('answers the benchmark’s case in one pass: source in order, target reordered, few findings', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i): [string, string] => [String(1_000_000 + i), `r${i}`]);
    const target = rows
      .filter((_, i) => i !== 17 && i !== 15_000)
      .map(([k, v], i): [string, string] => [k, i === 42 ? 'changed' : v]);
    target.reverse();
    target.push(['2000000', 'new']);
    const r = report(await checkExports(input(csv(rows), csv(target), 20, 4096)));
    // With the kernel: it keeps the sketch, marks each block's start and reads the blocks back.
    const fast = report(
      await checkExports(input(csv(rows), csv(target), 20, 4096), {}, withKernel, diffHere, kernel),
    );
    expect(findings(fast)).toEqual(findings(r));
    expect(fast.keyDiffBy).toBe('one-pass');
    expect(r.keyDiffBy).toBe('one-pass');
    expect(r.keyDiffNote).toBe('in one pass: the source export is in key order');
    expect(r.keyDiff.missingInTarget).toEqual({ count: 2, samples: ['1000017', '1015000'] });
    expect(r.keyDiff.extraInTarget).toEqual({ count: 1, samples: ['2000000'] });
    expect(r.keyDiff.changed).toEqual({ count: 1, samples: ['1000043'] });
    // The sketch, not a 16-byte-a-row log: per side the table and one slab of block filters (64 KB), little else.
    expect(r.keyMemoryPeakBytes).toBeLessThan(2 * (CELLS * CELL_WORDS * 4 + 64 * 1024 + 8 * 1024));
  });

  it('reads both files again with the key log when the target repeats a row of the source', async () => {
    const rows = Array.from({ length: 500 }, (_, i): [string, string] => [String(i), `r${i}`]);
    const target = [...rows.slice(0, 300), rows[123]!, ...rows.slice(300)];
    const seen: [number, number][] = [];
    const r = report(
      await checkExports(input(csv(rows), csv(target), 5, 512), { onBytes: (d, t) => seen.push([d, t]) }),
    );
    expect(r.keyDiffBy).toBe('key-log-second-pass');
    expect(r.keyDiffNote).toBe('in a second pass with the key log: a key is duplicated');
    expect(r.keyDiff.duplicatedInTarget).toEqual({ count: 1, samples: ['123'] });
    expect(r.keyDiff.extraInTarget.count).toBe(0);
    // Progress counts both readings: never past its total, ending at it.
    expect(seen.every(([d, t]) => d <= t)).toBe(true);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    const size = csv(rows).length + csv(target).length;
    expect(seen.at(-1)![1]).toBe(2 * size);
  });

  it('reads again with the key log when a file no longer holds the rows it read (changed since)', async () => {
    const rows = Array.from({ length: 5000 }, (_, i): [string, string] => [String(i), `r${i}`]);
    const target = rows.filter((_, i) => i !== 4321);
    const base = input(csv(rows), csv(target), 5, 4096);
    // Reading back, the source's bytes differ from what the pass read: the row found is not the row listed.
    const changed: ByteSource = {
      ...base.source,
      range: async (a, b) => (await base.source.range(a, b)).map((c) => (c === 0x72 ? 0x52 : c)),
    };
    const r = report(await checkExports({ ...base, source: changed }));
    expect(r.keyDiffBy).toBe('key-log-second-pass');
    expect(r.keyDiffNote).toBe('in a second pass with the key log: a file changed while it was read');
    expect(r.keyDiff.missingInTarget.count).toBe(1);
  });

  it('goes to the key log at once when neither export starts in key order', async () => {
    const rows = Array.from({ length: 300 }, (_, i): [string, string] => [String((i * 7919) % 1000), 'x']);
    const r = report(await checkExports(input(csv(rows), csv([...rows].reverse()), 5, 512)));
    expect(r.keyDiffBy).toBe('key-log');
  });

  it('reads again with the key log when more rows differ than the table lists, with the same answer', async () => {
    const n = CAPACITY + 2000;
    const rows = Array.from({ length: n }, (_, i): [string, string] => [String(i), 'a']);
    const source = csv(rows);
    const target = csv(rows.map(([k]) => [k, 'b']));
    const r = report(await checkExports(input(source, target, 3, 65536)));
    expect(r.keyDiffBy).toBe('key-log-second-pass');
    expect(r.keyDiffNote).toMatch(/could not list the differences/);
    expect(r.keyDiff.changed).toEqual({ count: n, samples: ['0', '1', '2'] });
  });
});
