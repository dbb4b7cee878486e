/**
 * The integrity benchmark's input: a source and a target export of ~7M rows and ~500 MB each, written once
 * under /tmp (never in the repo) and reused while their sizes match. Rows look like src/bench/integrity-data.ts
 * (7 columns, ~70 bytes, a quoted field every 50 rows). The target holds the same rows in another order (blocks
 * of 10,000 rows in a strided order, so the key diff looks up keys out of order) with a few planted differences,
 * so the check does real work and its findings can be checked against what was planted.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export const BENCH_DIR = '/tmp/mw-integrity-bench';
export const ROWS = 7_000_000;
const BLOCK = 10_000;
const STRIDE = 337; // coprime with the 700 blocks: visits every block once, far apart
const STATUSES = ['new', 'paid', 'shipped', 'returned'] as const;

/** Planted in the target: rows left out, rows added, rows with one changed field. */
export const PLANTED = { missing: [17, 3_500_001, 6_999_998], changed: [42, 4_200_000], extra: 3 } as const;

function row(i: number, changed = false): string {
  const name = i % 50 === 0 ? `"Smith, J${i % 997}"` : `Name ${i % 9973}`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const status = changed ? 'disputed' : STATUSES[i % 4];
  return (
    `${1_000_000 + i},${(i * 7919) % 100_000},${name},user${i}@example.com,${(i % 100_000) / 100},` +
    `${status},2026-01-${day}\n`
  );
}

const HEADER = 'id,customer_id,name,email,amount,status,created_at\n';

async function writeRows(path: string, blocks: Iterable<number>, lineFor: (i: number) => string | null) {
  const out = createWriteStream(path, { highWaterMark: 4 * 1024 * 1024 });
  let buffer = HEADER;
  for (const b of blocks) {
    for (let i = b * BLOCK; i < Math.min(ROWS, (b + 1) * BLOCK); i++) buffer += lineFor(i) ?? '';
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  }
  return out;
}

export interface BenchFiles {
  source: string;
  target: string;
  sourceBytes: number;
  targetBytes: number;
  generatedMs: number | null;
}

export async function ensureBenchFiles(): Promise<BenchFiles> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const source = join(BENCH_DIR, 'source.csv');
  const target = join(BENCH_DIR, 'target.csv');
  const manifest = join(BENCH_DIR, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as BenchFiles;
    if (m.source === source && m.target === target && existsSync(source) && existsSync(target))
      return { ...m, generatedMs: null };
  }
  const t0 = performance.now();
  const blocks = Math.ceil(ROWS / BLOCK);
  const inOrder = Array.from({ length: blocks }, (_, b) => b);
  const strided = Array.from({ length: blocks }, (_, b) => (b * STRIDE) % blocks);
  const missing = new Set<number>(PLANTED.missing);
  const changed = new Set<number>(PLANTED.changed);
  const src = await writeRows(source, inOrder, (i) => row(i));
  const tgt = await writeRows(target, strided, (i) => (missing.has(i) ? null : row(i, changed.has(i))));
  for (let k = 0; k < PLANTED.extra; k++) tgt.write(row(ROWS + k));
  src.end();
  tgt.end();
  await Promise.all([once(src, 'finish'), once(tgt, 'finish')]);
  const files: BenchFiles = {
    source,
    target,
    sourceBytes: src.bytesWritten,
    targetBytes: tgt.bytesWritten,
    generatedMs: performance.now() - t0,
  };
  writeFileSync(manifest, JSON.stringify(files));
  return files;
}
