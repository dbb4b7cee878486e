import { createKeyTable } from '../integrity/key-table';
import { createKeyLog } from '../integrity/key-log';
import { createMemoryBudget } from '../integrity/memory';

const gc = (globalThis as { gc?: () => void }).gc;

function used(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Separate functions so that each structure is garbage before the other is measured. */
function measureLog(keys: Uint8Array[]): { charged: number; measured: number } {
  const before = used();
  const log = createKeyLog(createMemoryBudget(Number.MAX_SAFE_INTEGER));
  log.reserve(keys.length);
  for (const k of keys) log.add(k, 0, k.length, 0);
  return { charged: log.footprintBytes(), measured: used() - before };
}

function measureTable(keys: Uint8Array[]): { charged: number; measured: number } {
  const before = used();
  const table = createKeyTable(createMemoryBudget(Number.MAX_SAFE_INTEGER));
  for (const k of keys) table.findOrInsert(k, 0, k.length);
  const measured = used() - before;
  if (table.size !== keys.length) throw new Error('bench keys were not all distinct');
  return { charged: table.footprintBytes(), measured };
}

function measureMap(keys: Uint8Array[]): number {
  const dec = new TextDecoder();
  const before = used();
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(dec.decode(keys[i]), i * 4096 + 0.5);
  const measured = used() - before;
  if (map.size !== keys.length) throw new Error('bench keys were not all distinct');
  return measured;
}

/**
 * Bytes per distinct key of the key table (what the budget is charged) against process.memoryUsage, and a
 * Map<string, number> (decoded keys, 64-bit hash as a boxed number) for comparison. Keys are 7 digits, like
 * the bench ids. Run node with --expose-gc for steady figures.
 */
export function benchKeyMemory(count: number): void {
  const enc = new TextEncoder();
  const keys = Array.from({ length: count }, (_, i) => enc.encode(String(1_000_000 + i)));
  const log = measureLog(keys);
  console.log(
    `key log (the key diff's, per side), ${count.toLocaleString('en')} rows of 7-byte keys, sized up front: ` +
      `${(log.charged / count).toFixed(1)} bytes/row charged, ${(log.measured / count).toFixed(1)} by process.memoryUsage`,
  );
  const table = measureTable(keys);
  const map = measureMap(keys);
  console.log(
    `key table (the referential check's parent keys), ${count.toLocaleString('en')} distinct 7-byte keys: ${(table.charged / count).toFixed(1)} bytes/key ` +
      `charged to the budget, ${(table.measured / count).toFixed(1)} bytes/key by process.memoryUsage` +
      `${gc ? '' : ' (no --expose-gc: noisier)'}`,
  );
  console.log(
    `for comparison, Map<string, number> with the same keys: ${(map / count).toFixed(1)} bytes/key`,
  );
}
