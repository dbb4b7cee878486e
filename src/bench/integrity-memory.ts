import { createKeyTable } from '../integrity/key-table';
import { createMemoryBudget } from '../integrity/memory';

const gc = (globalThis as { gc?: () => void }).gc;

function used(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Bytes per distinct key of the key table (what the budget is charged) against process.memoryUsage, and a
 * Map<string, number> for comparison. Keys are 7 digits, like the bench ids.
 */
export function benchKeyMemory(count: number): void {
  const enc = new TextEncoder();
  const keys = Array.from({ length: count }, (_, i) => enc.encode(String(1_000_000 + i)));
  const before = used();
  const table = createKeyTable(createMemoryBudget(Number.MAX_SAFE_INTEGER), true);
  for (const k of keys) table.findOrInsert(k, 0, k.length);
  const after = used();
  console.log(
    `key table, ${count.toLocaleString('en')} distinct 7-byte keys: ${(table.footprintBytes() / count).toFixed(1)} bytes/key ` +
      `charged to the budget, ${((after - before) / count).toFixed(1)} bytes/key by process.memoryUsage` +
      `${gc ? '' : ' (no --expose-gc: noisier)'}`,
  );
  table.release();
  const dec = new TextDecoder();
  const before2 = used();
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(dec.decode(keys[i]), i * 4096 + 0.5);
  const after2 = used();
  console.log(
    `for comparison, Map<string, number> with the same keys: ${((after2 - before2) / count).toFixed(1)} bytes/key`,
  );
  if (map.size !== count || table.size !== count) throw new Error('bench keys were not all distinct');
}
