import type { CsvReadOptions, RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import { resolveColumn } from './header';
import { createKeyOrder, inKeyOrder, observeKey } from './key-order';
import type { ByteSource } from './read-pass';
import type { KeyDiffMethod } from './side';

/** Bytes read from the start of each export to guess whether its keys are in order (~1K rows of ~70 bytes). */
const PREFIX_BYTES = 64 * 1024;

/** True when the keys in the first PREFIX_BYTES of the export are strictly ascending or descending. */
async function startsInKeyOrder(
  src: ByteSource,
  keyColumn: string,
  options: CsvReadOptions,
): Promise<boolean> {
  const bytes = await src.range(0, Math.min(src.size, PREFIX_BYTES));
  const order = createKeyOrder();
  let headerOk = false;
  const sink: RecordSink = {
    onHeader(fields) {
      const col = resolveColumn(fields, keyColumn, 'export');
      headerOk = typeof col === 'number';
      return col;
    },
    onRecord(_buf, _start, _end, key, keyStart, keyEnd) {
      observeKey(order, key, keyStart, keyEnd);
      return inKeyOrder(order);
    },
  };
  const scanner = createCsvScanner(options, sink);
  // The last record of the prefix may be cut short: it is left out (finish() is not called).
  scanner.push(bytes);
  if (src.size <= PREFIX_BYTES) scanner.finish();
  return headerOk && inKeyOrder(order);
}

/**
 * Which key diff to run. The one-pass diff (sketch-diff.ts) needs one export in key order; when neither
 * starts in order, it would only read the files to fall back, so the sides, which start with the one pass
 * while this looks, stop and read with the key log (check-exports.ts). An export that starts in order and
 * leaves it later costs a second pass; a header the check cannot use goes to the key log, whose pass reports
 * it.
 */
export async function chooseKeyDiffMethod(
  source: ByteSource,
  target: ByteSource,
  keyColumn: string,
  options: CsvReadOptions,
): Promise<KeyDiffMethod> {
  try {
    const [s, t] = await Promise.all([
      startsInKeyOrder(source, keyColumn, options),
      startsInKeyOrder(target, keyColumn, options),
    ]);
    return s || t ? 'sketch' : 'log';
  } catch {
    // A read that fails here fails again in the pass, which reports it with the file's name.
    return 'log';
  }
}
