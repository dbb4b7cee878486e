import { addChecksum, addRowHash } from './checksum';
import { countRecord, readHeader, type FileStats } from './file-stats';
import { CELL_WORDS, CELLS, createIblt, ibltAdd } from './iblt';
import { BLOCK_ROWS, bloomBuffers, createKeyBlooms, type KeyBloomsData } from './key-blooms';
import { hashKey } from './key-hash';
import { createKeyOrder, observeKey } from './key-order';
import { recharge, type MemoryBudget } from './memory';
import { rowHashOut } from './row-hash';
import {
  kernelBulk,
  ROW_WORDS,
  rowEnd,
  type KernelSketch,
  type RowKernel,
  type TakeRows,
} from './row-kernel';
import type { SideSink } from './diff-sinks';

/**
 * One side of the one-pass key diff (sketch-diff.ts): per row, the entry (key hash, row hash) goes into a
 * fixed-size invertible Bloom lookup table (iblt.ts), the key hash into its block's Bloom filter
 * (key-blooms.ts), and the key into the order watch (key-order.ts). Memory: ~300 KB plus ~2.7 bytes a row,
 * against 16 bytes a row for the key log (key-log.ts), which is what the one pass saves.
 *
 * With the WebAssembly kernel, the kernel does all three for the rows it reads and for the rows the
 * JavaScript path reads (handed to it), so a row costs no JavaScript beyond the checksum; this side takes the
 * finished block filters out of the kernel's memory. Without it, the same is computed here.
 */
export interface SideSketchData {
  cells: Int32Array<ArrayBuffer>;
  blooms: KeyBloomsData;
  ascending: boolean;
  descending: boolean;
  rows: number;
  /** The key column's index in the header, for reading rows back. */
  keyCol: number;
}

export function sketchBuffers(data: SideSketchData): ArrayBuffer[] {
  return [data.cells.buffer, ...bloomBuffers(data.blooms)];
}

const keyOut = new Uint32Array(4);

export interface SketchSink extends SideSink {
  /** The sketch, once the read has ended. */
  data(): SideSketchData;
  /** Frees the kernel's sketch for another side: called when the read has ended, however. */
  release(): void;
}

export function createSketchSink(
  stats: FileStats,
  keyColumn: string,
  fileLabel: string,
  budget: MemoryBudget,
  kernel: RowKernel | null = null,
): SketchSink {
  const blooms = createKeyBlooms(budget);
  const ks: KernelSketch | null = kernel !== null && kernel.sketch.begin() ? kernel.sketch : null;
  const cells = ks ? null : createIblt();
  const order = createKeyOrder();
  let keyCol = -1;
  /** With the kernel: blocks whose filters were taken over. */
  let adopted = 0;
  // The table is charged once: it does not grow.
  const tableCharged = recharge(budget, 0, CELLS * CELL_WORDS * 4);

  /** Takes the filters of the blocks the kernel has finished (with `all`, the last one too) and clears them. */
  function adopt(sketch: KernelSketch, all: boolean): boolean {
    const rows = sketch.rows();
    const complete = Math.floor(rows / BLOCK_ROWS);
    const last = all ? Math.ceil(rows / BLOCK_ROWS) : complete;
    for (; adopted < last; adopted++) {
      const filter = sketch.filter(adopted);
      if (!blooms.adopt(adopted, filter, rows)) return false;
      if (adopted < complete) filter.fill(0);
    }
    blooms.setRows(rows);
    return true;
  }

  /** Without the kernel's sketch: the same three, here. */
  function addHere(kLo: number, kHi: number, rLo: number, key: Uint8Array, s: number, e: number) {
    ibltAdd(cells!, kLo, kHi, rLo, 1);
    observeKey(order, key, s, e);
    return blooms.add(kLo, kHi);
  }

  /** Where the chunk the kernel has loaded starts in the file. */
  let chunkBase = 0;

  /**
   * Marks the start of each block that begins inside the kernel's batch (rows before + 1 ... before + count):
   * the batch gives each row's end, which is where the next row starts.
   */
  function markBlocks(words: Uint32Array, base: number, count: number, before: number): void {
    for (
      let next = Math.ceil((before + 1) / BLOCK_ROWS) * BLOCK_ROWS;
      next <= before + count;
      next += BLOCK_ROWS
    )
      blooms.markAt(chunkBase + rowEnd(words, base, next - 1 - before, ks !== null), next);
  }

  /** The kernel's rows: with its sketch, it counted them itself, and only finished filters are taken here. */
  const takeRows: TakeRows = (words, base, count, _start, chunk) => {
    if (ks !== null) {
      markBlocks(words, base, count, ks.rows() - count);
      if (adopt(ks, false)) return true;
      sink.overBudget = true;
      return false;
    }
    markBlocks(words, base, count, blooms.data.rows);
    const columns = stats.columns.length;
    for (let r = 0; r < count; r++) {
      const o = base + r * ROW_WORDS;
      const rLo = words[o + 2]!;
      const rHi = words[o + 3]!;
      addRowHash(stats.checksum, rLo, rHi);
      if (words[o + 4] !== columns) stats.raggedRows++;
      if (!addHere(words[o]!, words[o + 1]!, rLo, chunk, words[o + 6]!, words[o + 7]!)) {
        sink.overBudget = true;
        return false;
      }
    }
    return true;
  };

  const sink: SketchSink = {
    overBudget: !tableCharged,
    mark(recordStart) {
      if (keyCol < 0) return;
      if (ks !== null) blooms.setRows(ks.rows());
      blooms.mark(recordStart);
    },
    onHeader(fields) {
      ks?.columns(fields.length);
      const col = readHeader(stats, fields, keyColumn, fileLabel);
      if (typeof col === 'number') keyCol = col;
      return col;
    },
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      if (sink.overBudget) return false;
      countRecord(stats, buf, start, end, fieldCount, malformed);
      const rLo = rowHashOut[0]!;
      hashKey(key, keyStart, keyEnd, keyOut);
      let ok: boolean;
      if (ks !== null) {
        ks.add(keyOut[0]!, keyOut[1]!, rLo, key, keyStart, keyEnd);
        ok = adopt(ks, false);
      } else ok = addHere(keyOut[0]!, keyOut[1]!, rLo, key, keyStart, keyEnd);
      if (!ok) sink.overBudget = true;
      return ok;
    },
    data() {
      if (ks !== null) {
        if (!adopt(ks, true)) sink.overBudget = true;
        const taken = ks.taken();
        addChecksum(stats.checksum, taken.rows, taken.sumLo, taken.sumHi);
        stats.raggedRows += taken.ragged;
      }
      const flags = ks !== null ? ks.order() : (order.ascending ? 1 : 0) | (order.descending ? 2 : 0);
      return {
        cells: ks !== null ? ks.cells() : cells!,
        blooms: blooms.data,
        ascending: (flags & 1) !== 0,
        descending: (flags & 2) !== 0,
        rows: blooms.data.rows,
        keyCol,
      };
    },
    release() {
      ks?.release();
    },
  };
  if (kernel !== null) {
    const bulk = kernelBulk(kernel, takeRows, ks !== null);
    sink.bulk = {
      load(chunk, offset) {
        chunkBase = offset;
        bulk.load(chunk, offset);
      },
      take: (start, keyCol, options) => bulk.take(start, keyCol, options),
    };
  }
  return sink;
}
