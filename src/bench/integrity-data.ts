/**
 * Synthetic exports for the integrity bench: 7 columns, ~70 bytes a row, unique ids, a few quoted fields
 * (as real exports have), built straight into bytes so generating 1M rows takes well under a second.
 */
const STATUSES = ['new', 'paid', 'shipped', 'returned'] as const;

export interface BenchData {
  bytes: Uint8Array;
  rows: number;
  /** Start offset of each data row (after the header), and one past the last row's newline. */
  rowStarts: Uint32Array;
}

export function generateCsv(rows: number, quoteEvery = 50): BenchData {
  const enc = new TextEncoder();
  const parts: string[] = ['id,customer_id,name,email,amount,status,created_at\n'];
  for (let i = 0; i < rows; i++) {
    const name = i % quoteEvery === 0 ? `"Smith, J${i % 997}"` : `Name ${i % 9973}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    parts.push(
      `${1_000_000 + i},${(i * 7919) % 100_000},${name},user${i}@example.com,${(i % 100_000) / 100},` +
        `${STATUSES[i % 4]},2026-01-${day}\n`,
    );
  }
  const text = parts.join('');
  const bytes = enc.encode(text);
  const rowStarts = new Uint32Array(rows + 1);
  let r = 0;
  let start = bytes.indexOf(0x0a) + 1;
  for (let i = start; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      rowStarts[r++] = start;
      start = i + 1;
    }
  }
  rowStarts[r] = start;
  return { bytes, rows, rowStarts };
}

export function mbPerSecond(bytes: number, ms: number): string {
  return (bytes / (1024 * 1024) / (ms / 1000)).toFixed(0);
}

export function perSecond(count: number, ms: number): string {
  return `${(((count / ms) * 1000) / 1e6).toFixed(2)}M`;
}
