import type { CsvReadOptions, RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import type { KeyDiffRows, SampledRows } from './key-diff';
import type { KeyLogData } from './key-log';
import type { ByteSource } from './read-pass';
import { lastMarkAtOrBefore } from './row-marks';
import type { KeyDiff, SampledCount } from './types';

const MAX_SAMPLE_CHARS = 200;
const decoder = new TextDecoder();

/** The stretch of the file to read again for a row: from a mark (or the file's start) to the next mark. */
interface Segment {
  start: number;
  end: number;
  firstRow: number;
  /** Before the first mark the stretch starts with the header. */
  withHeader: boolean;
  /** Rows below this one are in this segment. */
  untilRow: number;
}

function segmentFor(log: KeyLogData, size: number, row: number): Segment {
  const marks = log.marks;
  const m = lastMarkAtOrBefore(log, row);
  const next = m + 1 < log.markCount ? m + 1 : -1;
  return {
    start: m < 0 ? 0 : marks[2 * m]!,
    end: next < 0 ? size : marks[2 * next]!,
    firstRow: m < 0 ? 0 : marks[2 * m + 1]!,
    withHeader: m < 0,
    untilRow: next < 0 ? Infinity : marks[2 * next + 1]!,
  };
}

/**
 * The keys of the given rows (numbers in file order, as the key log counts them), read back from the file:
 * only the stretches between the marks around each row are read and scanned again, with the options of the
 * pass, so the key is the exact value that was hashed. A row not found (the file changed since) is left out.
 */
export async function readKeys(
  src: ByteSource,
  log: KeyLogData,
  options: CsvReadOptions,
  rows: readonly number[],
): Promise<Map<number, string>> {
  const wanted = [...new Set(rows)].sort((a, b) => a - b);
  const groups: { seg: Segment; rows: Set<number> }[] = [];
  for (let i = 0; i < wanted.length;) {
    const seg = segmentFor(log, src.size, wanted[i]!);
    const group = new Set<number>();
    while (i < wanted.length && wanted[i]! < seg.untilRow) group.add(wanted[i++]!);
    groups.push({ seg, rows: group });
  }
  // All stretches are asked for at once: each read of a File is a round trip to the browser process.
  const bytes = await Promise.all(groups.map(({ seg }) => src.range(seg.start, seg.end)));
  const keys = new Map<number, string>();
  groups.forEach(({ seg, rows: group }, g) => {
    const last = Math.max(...group);
    let row = seg.firstRow;
    const sink: RecordSink = {
      onHeader: () => log.keyCol,
      onRecord(_buf, _start, _end, key, keyStart, keyEnd) {
        if (group.has(row))
          keys.set(row, decoder.decode(key.subarray(keyStart, keyEnd)).slice(0, MAX_SAMPLE_CHARS));
        return row++ < last;
      },
    };
    const scanner = createCsvScanner(options, sink, seg.withHeader ? undefined : { keyCol: log.keyCol });
    scanner.push(bytes[g]!);
    scanner.finish();
  });
  return keys;
}

/** The key diff with its samples named by their keys. */
export async function nameSamples(
  diff: KeyDiffRows,
  sides: Record<'source' | 'target', { src: ByteSource; log: KeyLogData }>,
  options: CsvReadOptions,
): Promise<Omit<KeyDiff, 'keyColumn'>> {
  const fromSource = [diff.missingInTarget, diff.duplicatedInSource];
  const fromTarget = [diff.extraInTarget, diff.changed, diff.duplicatedInTarget];
  const rowsOf = (list: SampledRows[]) => list.flatMap((s) => s.rows);
  const [sourceKeys, targetKeys] = await Promise.all([
    readKeys(sides.source.src, sides.source.log, options, rowsOf(fromSource)),
    readKeys(sides.target.src, sides.target.log, options, rowsOf(fromTarget)),
  ]);
  const named = (s: SampledRows, keys: Map<number, string>): SampledCount => ({
    count: s.count,
    samples: s.rows.map((r) => keys.get(r) ?? `(row ${r + 1}: the file changed since it was read)`),
  });
  return {
    distinctSourceKeys: diff.distinctSourceKeys,
    missingInTarget: named(diff.missingInTarget, sourceKeys),
    extraInTarget: named(diff.extraInTarget, targetKeys),
    changed: named(diff.changed, targetKeys),
    duplicatedInSource: named(diff.duplicatedInSource, sourceKeys),
    duplicatedInTarget: named(diff.duplicatedInTarget, targetKeys),
  };
}
