import { createCsvScanner } from '../../integrity/csv-scanner';
import { DEFAULT_MAX_RECORD_BYTES } from '../../integrity/csv-bytes';
import { resolveColumn } from '../../integrity/header';
import { approxMaxKeyRows, approxMaxParentKeys } from '../../integrity';

/** What the panel knows about a picked file before any check runs: enough to offer its columns. */
export interface HeaderInfo {
  columns: string[];
  /** The first bytes of the file (at most SAMPLE_BYTES), kept to estimate rows and key sizes. */
  sample: Uint8Array;
}

export type HeaderResult = { ok: true; info: HeaderInfo } | { ok: false; message: string };

/** Enough for any sane header plus a few thousand rows to estimate from; never the whole file. */
const SAMPLE_BYTES = 256 * 1024;
const CSV_EXTENSIONS = ['.csv', '.txt', '.tsv', '.dat'];

const quoteName = (name: string) => `"${name}"`;

/** Parses the header line with the check's own CSV reader, so the columns offered are the ones it will see. */
function parseHeader(sample: Uint8Array, complete: boolean): string[] | null {
  // A holder, not a local: TypeScript cannot see the callback assign a `let`.
  const got: { fields: string[] | null } = { fields: null };
  const scanner = createCsvScanner(
    { mode: 'normalised', trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
    {
      onHeader: (f) => {
        got.fields = [...f];
        return 'header read'; // stops the scan: only the header is wanted here
      },
      onRecord: () => false,
    },
  );
  scanner.push(sample);
  // Without a terminator the last line may be cut short; only a file that ends in the sample may end there.
  if (got.fields === null && complete) scanner.finish();
  return got.fields;
}

/**
 * Reads the first bytes of a picked file and checks its header: text, not binary; a header row; non-empty,
 * unique names. Every message names the file, and nothing else about the form changes on a refusal.
 */
export async function readHeader(file: File, role: string): Promise<HeaderResult> {
  const lower = file.name.toLowerCase();
  const looksCsv =
    CSV_EXTENSIONS.some((ext) => lower.endsWith(ext)) ||
    file.type === 'text/csv' ||
    file.type.startsWith('text/');
  if (!looksCsv) {
    return {
      ok: false,
      message: `${quoteName(file.name)} is not a CSV file (expected .csv with a header row); choose the ${role}.`,
    };
  }
  let sample: Uint8Array;
  try {
    sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${quoteName(file.name)} could not be read: ${why}` };
  }
  if (sample.length === 0) {
    return { ok: false, message: `${quoteName(file.name)} is empty; the ${role} needs a header row.` };
  }
  // A NUL byte never appears in a text export; it does in spreadsheets, archives and UTF-16 files.
  if (sample.includes(0)) {
    return {
      ok: false,
      message: `${quoteName(file.name)} is not a text CSV file (it contains binary data, or is UTF-16); export it as UTF-8 CSV.`,
    };
  }
  const fields = parseHeader(sample, file.size <= SAMPLE_BYTES);
  if (fields === null) {
    return {
      ok: false,
      message: `${quoteName(file.name)} has no complete header line in its first ${SAMPLE_BYTES / 1024} KB; is it a CSV file?`,
    };
  }
  const names = fields;
  const probe = names.map((n) => n.trim()).find((n) => n !== '') ?? '?';
  const problem = resolveColumn(names, probe, role);
  if (typeof problem === 'string') return { ok: false, message: `${quoteName(file.name)}: ${problem}` };
  return { ok: true, info: { columns: names.map((n) => n.trim()), sample } };
}

/** Rows and average key length, estimated from the sample; null when the sample holds no data row. */
export function estimateRows(
  info: HeaderInfo,
  fileSize: number,
  keyColumn: string,
): { rows: number; keyBytes: number } | null {
  const index = info.columns.indexOf(keyColumn);
  if (index < 0) return null;
  let rows = 0;
  let keyBytes = 0;
  const scanner = createCsvScanner(
    { mode: 'raw', trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
    {
      onHeader: () => index,
      onRecord: (_buf, _start, _end, _key, keyStart, keyEnd) => {
        rows++;
        keyBytes += keyEnd - keyStart;
        return true;
      },
    },
  );
  // Measure whole lines only: the sample's last line is usually cut.
  const lastEnd = info.sample.lastIndexOf(0x0a) + 1;
  const headerEnd = info.sample.indexOf(0x0a) + 1;
  scanner.push(info.sample.subarray(0, lastEnd));
  if (rows === 0 || lastEnd <= headerEnd) return null;
  const bytesPerRow = (lastEnd - headerEnd) / rows;
  return {
    rows: fileSize <= info.sample.length ? rows : Math.round((fileSize - headerEnd) / bytesPerRow),
    keyBytes: keyBytes / rows,
  };
}

/** A warning before the run when the key diff would likely exceed its memory budget. */
export function keyMemoryWarning(
  info: HeaderInfo,
  file: Pick<File, 'name' | 'size'>,
  keyColumn: string,
  role: string,
): string | null {
  const estimate = estimateRows(info, file.size, keyColumn);
  if (!estimate) return null;
  const parent = role === 'parent export';
  // The key diff's memory is the same for any key length; the parent's key table holds the keys' bytes.
  const max = parent ? approxMaxParentKeys(Math.max(1, Math.round(estimate.keyBytes))) : approxMaxKeyRows();
  if (estimate.rows <= max) return null;
  const head =
    `${quoteName(file.name)} (${role}) has about ${estimate.rows.toLocaleString('en')} rows; the check holds the ` +
    `keys of about ${max.toLocaleString('en')} rows${parent ? ' of this key length' : ''} per file in its memory budget`;
  if (parent)
    return `${head}, so it will probably stop with a memory-limit message. Split the export by key range and check the parts.`;
  // The one-pass key diff needs ~3 bytes a row, not the key log's 16: it can finish where the log cannot.
  return (
    `${head} when it logs every key. It needs no such log when an export is sorted by the key and few rows ` +
    `differ; otherwise it will stop with a memory-limit message. To be sure, split the export by key range and ` +
    `check the parts.`
  );
}
