import type { CsvReadOptions, RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import { blockRange, blocksWith } from './key-blooms';
import { hashKey } from './key-hash';
import type { ByteSource } from './read-pass';
import { hashRow, rowHashOut } from './row-hash';
import { kernelBulk, ROW_WORDS, type RowKernel } from './row-kernel';
import type { SideSketchData } from './sketch-sink';

const MAX_SAMPLE_CHARS = 200;
const decoder = new TextDecoder();
const keyOut = new Uint32Array(4);

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

/**
 * Blocks read back at once. Each batch is a round trip to the browser process (~10 ms in Chromium on the
 * bench pair, whatever its size), while a block is ~220 KB: the bench's 8 differences needed 9 candidate
 * blocks on one side, and with 8 a batch the ninth cost a second round trip at the very end of the check.
 * 32 blocks (~7 MB) still stop early enough when thousands of keys differ and only the first samples are
 * wanted.
 */
const BATCH = 32;

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
  kernel: RowKernel | null = null,
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
      /** The row numbered `row` has these hashes and key: keeps it if it is wanted. Returns false past the block. */
      const offer = (
        kLo: number,
        kHi: number,
        rLo: () => [number, number],
        key: Uint8Array,
        ks: number,
        ke: number,
      ) => {
        if (row >= range.toRow) return false;
        if (row++ < range.fromRow) return true;
        for (const w of byLo.get(kLo) ?? []) {
          if (w.kHi !== kHi || found.has(w)) continue;
          const [lo, hi] = rLo();
          const text = decoder.decode(key.subarray(ks, ke)).slice(0, MAX_SAMPLE_CHARS);
          found.set(w, { row: row - 1, key: text, rLo: lo, rHi: hi });
          if (w.group >= 0) foundIn[w.group]!++;
        }
        return true;
      };
      const sink: RecordSink = {
        onHeader: () => sketch.keyCol,
        onRecord(buf, start, end, key, keyStart, keyEnd) {
          hashKey(key, keyStart, keyEnd, keyOut);
          const rowHash = (): [number, number] => (
            hashRow(buf, start, end),
            [rowHashOut[0]!, rowHashOut[1]!]
          );
          return offer(keyOut[0]!, keyOut[1]!, rowHash, key, keyStart, keyEnd);
        },
      };
      // The kernel reads the plain records (5x faster than the state machine) with the same hashes.
      if (kernel !== null)
        sink.bulk = kernelBulk(kernel, (words, base, count, _from, chunk) => {
          for (let r = 0; r < count; r++) {
            const o = base + r * ROW_WORDS;
            const rowHash = (): [number, number] => [words[o + 2]!, words[o + 3]!];
            if (!offer(words[o]!, words[o + 1]!, rowHash, chunk, words[o + 6]!, words[o + 7]!)) return false;
          }
          return true;
        });
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
