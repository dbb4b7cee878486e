import { readFileSync } from 'node:fs';
import { memorySource } from '../byte-sources';
import { DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions, type HashMode } from '../csv-bytes';
import { createRowKernel, type RowKernel, type RowKernelExports } from '../row-kernel';
import { scanSide, type SideInput, type SideOutcome } from '../side';

/** The kernel `npm run wasm` built (npm run test:unit builds it first), compiled synchronously for tests. */
export function loadRowKernel(): RowKernel {
  const url = new URL('../wasm/build/row-kernel.wasm', import.meta.url);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(url));
  } catch {
    throw new Error(`${url.pathname} is missing: run "npm run wasm" (npm run test:unit does it first).`);
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  return createRowKernel(instance.exports as unknown as RowKernelExports);
}

/** The kernel, counting the rows it hands out: a test must see that the WebAssembly path really ran. */
export function countingKernel(k: RowKernel): { kernel: RowKernel; taken: () => number } {
  let taken = 0;
  return {
    kernel: {
      ...k,
      scan: (start, keyCol, options, take) =>
        k.scan(start, keyCol, options, (words, base, count, from, chunk) => {
          taken += count;
          return take(words, base, count, from, chunk);
        }),
    },
    taken: () => taken,
  };
}

/** Read options as the panel sets them: the mode, trimming, and the default record limit. */
export const readOptions = (mode: HashMode, trimWhitespace = false): CsvReadOptions => ({
  mode,
  trimWhitespace,
  maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
});

const enc = new TextEncoder();

/**
 * An export of five columns, `id` at `keyAt`, then the rows: each its fields, its line end, and, when
 * `blank`, an empty line after it.
 */
export function exportOf(
  rows: Array<[fields: string[], end: string, blank: boolean]>,
  keyAt: number,
  bom = false,
) {
  const header = ['a', 'b', 'c', 'd', 'e'];
  header[keyAt] = 'id';
  const body = rows.map(([fields, end, blank]) => fields.join(',') + end + (blank ? end : '')).join('');
  return enc.encode((bom ? '\uFEFF' : '') + header.join(',') + '\n' + body);
}

/**
 * One side's export (keyed by `id`) scanned with the kernel and without it, chunked as given; `taken` is how
 * many rows the kernel itself read.
 */
export async function scanBothWays(
  kernel: RowKernel,
  bytes: Uint8Array,
  chunks: number[],
  input: Pick<SideInput, 'label' | 'options' | 'budgetBytes' | 'method'>,
): Promise<{ withKernel: SideOutcome; withoutKernel: SideOutcome; taken: number }> {
  const side = (k: RowKernel | null) =>
    scanSide(
      { ...input, src: memorySource(`${input.label}.csv`, bytes, chunks), keyColumn: 'id', sampleLimit: 5 },
      {},
      k,
    );
  const count = countingKernel(kernel);
  const withKernel = await side(count.kernel);
  const withoutKernel = await side(null);
  return { withKernel, withoutKernel, taken: count.taken() };
}
