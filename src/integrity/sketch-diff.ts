import type { CsvReadOptions } from './csv-bytes';
import { CAPACITY, ibltPeel, ibltSubtract, type IbltEntry } from './iblt';
import { inKeyOrder } from './key-order';
import type { ByteSource } from './read-pass';
import type { RowKernel } from './row-kernel';
import { findKeys, type FoundRow, type WantedKey } from './sketch-locate';
import type { SideSketchData } from './sketch-sink';
import type { KeyDiff, SampledCount } from './types';

/**
 * Blocks (~4K rows each) the one-pass diff may read back to name its findings and settle its membership
 * questions; past that the key log's pass is the cheaper way to the answer.
 */
const MAX_BLOCKS_READ = 256;

/** Why the one pass could not answer: the check then reads both files again with the key log. */
export type SketchMiss = { reason: string };

interface Side {
  src: ByteSource;
  sketch: SideSketchData;
}

const MISSING = 0;
const EXTRA = 0;
const CHANGED = 1;

/**
 * The key diff from the two sides' sketches (sketch-sink.ts), with the same findings, counts and samples as
 * the key log's diff (key-diff.ts, key-samples.ts), or the reason it cannot tell.
 *
 * Subtracting the target's table from the source's leaves the entries (key hash, row hash) of one side only;
 * peeling lists them. A key with one entry on each side is changed, one in the source only is missing, one in
 * the target only is extra, provided no side holds a key twice. That is where the order comes in: a side
 * whose keys strictly increase (or decrease) holds every key once. If the source is such a side, a key
 * duplicated in the target has all but at most one of its target rows left over as target-only entries,
 * so it is caught by asking the source whether it has that key (findKeys reads back the few candidate
 * blocks): a target-only key the source has is a duplicate, not extra. The same the other way round. Keys
 * that left no entry have the same rows on both sides, once each. Any duplicate sends the check to the key
 * log, which reports duplicates with their samples.
 */
export async function sketchDiff(
  source: Side,
  target: Side,
  options: CsvReadOptions,
  limit: number,
  kernel: RowKernel | null = null,
): Promise<Omit<KeyDiff, 'keyColumn'> | SketchMiss> {
  const sourceDistinct = inKeyOrder(source.sketch);
  const targetDistinct = inKeyOrder(target.sketch);
  if (!sourceDistinct && !targetDistinct) return { reason: 'neither export is in key order' };
  const cells = source.sketch.cells.slice();
  ibltSubtract(cells, target.sketch.cells);
  const entries = ibltPeel(cells);
  if (entries === null)
    return {
      reason:
        `the one-pass table could not list the differences (more than about ${CAPACITY.toLocaleString('en')} ` +
        `rows differ, or a row appears twice)`,
    };

  const byKey = new Map<string, { s: IbltEntry[]; t: IbltEntry[] }>();
  for (const e of entries) {
    const id = `${e.kLo}:${e.kHi}`;
    const k = byKey.get(id) ?? { s: [], t: [] };
    (e.side === 1 ? k.s : k.t).push(e);
    byKey.set(id, k);
  }
  const inSource: WantedKey[] = [];
  const inTarget: WantedKey[] = [];
  const want = (list: WantedKey[], e: IbltEntry, group: number) => {
    const w = { kLo: e.kLo, kHi: e.kHi, group };
    list.push(w);
    return w;
  };
  const missing: [WantedKey, IbltEntry][] = [];
  const extra: [WantedKey, IbltEntry][] = [];
  const changed: [WantedKey, IbltEntry][] = [];
  const membership: WantedKey[] = [];
  for (const { s, t } of byKey.values()) {
    if (s.length > 1 || t.length > 1) return { reason: 'a key is duplicated' };
    if (s.length === 1 && t.length === 1) changed.push([want(inTarget, t[0]!, CHANGED), t[0]!]);
    else if (s.length === 1) {
      missing.push([want(inSource, s[0]!, MISSING), s[0]!]);
      if (!sourceDistinct) membership.push(want(inTarget, s[0]!, -1));
    } else {
      extra.push([want(inTarget, t[0]!, EXTRA), t[0]!]);
      if (!targetDistinct) membership.push(want(inSource, t[0]!, -1));
    }
  }
  const [sFound, tFound] = await Promise.all([
    findKeys(source.src, source.sketch, options, inSource, [limit], MAX_BLOCKS_READ, kernel),
    findKeys(target.src, target.sketch, options, inTarget, [limit, limit], MAX_BLOCKS_READ, kernel),
  ]);
  if (sFound === null || tFound === null)
    return { reason: 'the rows to read back for the samples are too many' };
  if (membership.some((w) => sFound.has(w) || tFound.has(w))) return { reason: 'a key is duplicated' };

  const sampled = (list: [WantedKey, IbltEntry][], found: Map<WantedKey, FoundRow>): SampledCount | null => {
    const rows: FoundRow[] = [];
    for (const [w, e] of list) {
      const f = found.get(w);
      if (f === undefined) continue;
      // The key's row must be the very row the table listed: otherwise the file changed since it was read.
      if (f.rLo !== e.rLo) return null;
      rows.push(f);
    }
    if (rows.length < Math.min(limit, list.length)) return null;
    rows.sort((a, b) => a.row - b.row);
    return { count: list.length, samples: rows.slice(0, Math.max(0, limit)).map((f) => f.key) };
  };
  const missingInTarget = sampled(missing, sFound);
  const extraInTarget = sampled(extra, tFound);
  const changedRows = sampled(changed, tFound);
  if (!missingInTarget || !extraInTarget || !changedRows)
    return { reason: 'a file changed while it was read' };
  const none = (): SampledCount => ({ count: 0, samples: [] });
  return {
    distinctSourceKeys: source.sketch.rows,
    missingInTarget,
    extraInTarget,
    changed: changedRows,
    duplicatedInSource: none(),
    duplicatedInTarget: none(),
  };
}
