/**
 * The WebAssembly row kernel's cost per row in Node, as a side of the one-pass check drives it: each 1 MB
 * chunk copied in and hashed for the whole-file digest, then scanned in sketch mode (row and key hashes, the
 * table, the block filter, the order watch). Run: npm run bench:kernel [-- a.wasm b.wasm ...]
 *
 * With several compiled kernels (e.g. `npx asc ... -o /tmp/variant.wasm` of a changed copy of
 * src/integrity/wasm), they run in turns, round after round, and the figures are the minimum and the median
 * of each one's rounds and the median of its difference to the first in the same round: on a host whose speed
 * drifts, the paired difference is what tells a 1-2 ns change apart. It prints figures and asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { instantiateRowKernel, type RowKernel } from '../integrity/row-kernel';
import { generateCsv } from './integrity-data';

const ROWS = 300_000;
const CHUNK = 1 << 20;
const ROUNDS = Number(process.env.ROUNDS ?? 150);

const files = process.argv.slice(2);
if (files.length === 0) files.push('src/integrity/wasm/build/row-kernel.wasm');
const kernels = await Promise.all(
  files.map(async (f) => {
    const k = await instantiateRowKernel(readFileSync(f));
    if (k === null) throw new Error(`${f}: not a row kernel this Node can run (WebAssembly SIMD?)`);
    return k;
  }),
);
const data = generateCsv(ROWS);
const bytes = data.bytes;
const headerEnd = bytes.indexOf(0x0a) + 1;

/** One side's pass over the data; returns ns a row. */
function pass(kernel: RowKernel): number {
  const digest = kernel.digest();
  if (digest === null || !kernel.sketch.begin()) throw new Error('the kernel is held by another side');
  let rows = 0;
  const t0 = performance.now();
  let start = headerEnd;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const chunk = bytes.subarray(at, at + CHUNK);
    digest.update(chunk);
    // A record the kernel leaves (the JavaScript path's, in a check) is skipped to its LF here.
    for (let pos = start; pos < chunk.length;) {
      const next = kernel.scan(pos, 0, { trim: false, raw: false, sketch: true }, (_w, _b, count) => {
        rows += count;
        return true;
      });
      const lf = chunk.indexOf(0x0a, next);
      if (lf < 0) break;
      pos = lf + 1;
    }
    // The next chunk's first record: past the one cut at this chunk's end (the bench's rows are plain).
    const next = at + CHUNK < bytes.length ? bytes.indexOf(0x0a, at + CHUNK) + 1 : bytes.length;
    start = next - (at + CHUNK);
  }
  const ns = ((performance.now() - t0) * 1e6) / rows;
  digest.hex();
  digest.release();
  kernel.sketch.release();
  return ns;
}

const runs = kernels.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++)
  kernels.forEach((k, i) => {
    runs[i]!.push(pass(k));
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `row kernel, sketch mode with the whole-file digest: ${ROWS.toLocaleString('en')} rows of ` +
    `${(bytes.length / ROWS).toFixed(1)} bytes in 1 MB chunks, ${ROUNDS} rounds`,
);
files.forEach((f, i) => {
  const diff = runs[i]!.map((ns, r) => ns - runs[0]![r]!);
  console.log(
    `  ${f}: min ${Math.min(...runs[i]!).toFixed(1)} ns a row, median ${median(runs[i]!).toFixed(1)}` +
      (i === 0 ? '' : `; paired difference to the first, median ${median(diff).toFixed(1)} ns`),
  );
});
