import type { CsvReadOptions, RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import { blockRange, blocksWith } from './key-blooms';
import { KEY_SEED } from './key-log';
import type { ByteSource } from './read-pass';
import { hashRow, rowHashOut } from './row-hash';
import type { SideSketchData } from './sketch-sink';

const MAX_SAMPLE_CHARS = 200;
const decoder = new TextDecoder();

/**
 * A key hash to find in one side's file. `group` >= 0: a finding to sample (only the first `limits[group]`
 * of a group, in file order, are needed); -1: a membership question (is the key in this file at all?).
 */
export interface WantedKey {
  kLo: number;
  kHi: number;
  group: number;
}

export interface FoundRow {
  row: number;
  key: string;
  rLo: number;
  rHi: number;
}

/** Blocks read back at once: each read of a File is a round trip to the browser process. */
const BATCH = 8;

/**
 * Finds the rows of the wanted keys by reading back only blocks whose Bloom filter may hold them
 * (key-blooms.ts), in file order, and only while some wanted key still needs them: a group stops once its
 * first `limits[group]` rows are found (blocks come in file order, so those are its first in the file), a
 * membership question once its key is found or all its candidate blocks are read. Returns the rows found
 * (the first row of each key), or null when more than `maxBlocks` blocks would have to be read.
 */
export async function findKeys(
  src: ByteSource,
  sketch: SideSketchData,
  options: CsvReadOptions,
  wanted: readonly WantedKey[],
  limits: readonly number[],
  maxBlocks: number,
): Promise<Map<WantedKey, FoundRow> | null> {
  const found = new Map<WantedKey, FoundRow>();
  const foundIn = limits.map(() => 0);
  const byLo = new Map<number, WantedKey[]>();
  const candidates = new Map<number, WantedKey[]>();
  for (const w of wanted) {
    byLo.set(w.kLo, [...(byLo.get(w.kLo) ?? []), w]);
    for (const b of blocksWith(sketch.blooms, w.kLo, w.kHi))
      candidates.set(b, [...(candidates.get(b) ?? []), w]);
  }
  const open = (w: WantedKey) => !found.has(w) && (w.group < 0 || foundIn[w.group]! < limits[w.group]!);
  const order = [...candidates.keys()].sort((a, b) => a - b);
  let read = 0;
  for (let i = 0; i < order.length;) {
    const batch: number[] = [];
    while (i < order.length && batch.length < BATCH) {
      const b = order[i++]!;
      if (candidates.get(b)!.some(open)) batch.push(b);
    }
    if (batch.length === 0) continue;
    read += batch.length;
    if (read > maxBlocks) return null;
    const ranges = batch.map((b) => blockRange(sketch.blooms, b, src.size));
    const bytes = await Promise.all(ranges.map((r) => src.range(r.start, r.end)));
    ranges.forEach((range, k) => {
      let row = range.firstRow;
      const keyOut = new Uint32Array(4);
      const sink: RecordSink = {
        onHeader: () => sketch.keyCol,
        onRecord(buf, start, end, key, keyStart, keyEnd) {
          if (row >= range.toRow) return false;
          if (row++ < range.fromRow) return true;
          hashRow(key, keyStart, keyEnd, KEY_SEED, keyOut);
          for (const w of byLo.get(keyOut[0]!) ?? []) {
            if (w.kHi !== keyOut[1] || found.has(w)) continue;
            hashRow(buf, start, end);
            const text = decoder.decode(key.subarray(keyStart, keyEnd)).slice(0, MAX_SAMPLE_CHARS);
            found.set(w, { row: row - 1, key: text, rLo: rowHashOut[0]!, rHi: rowHashOut[1]! });
            if (w.group >= 0) foundIn[w.group]!++;
          }
          return true;
        },
      };
      const scanner = createCsvScanner(
        options,
        sink,
        range.withHeader ? undefined : { keyCol: sketch.keyCol },
      );
      scanner.push(bytes[k]!);
      scanner.finish();
    });
  }
  return found;
}
