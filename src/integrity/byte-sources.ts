import type { ByteSource } from './read-pass';

/**
 * A ByteSource over bytes already in memory, cut into chunks of the given sizes (cycled). Used by the tests
 * (chunk boundaries anywhere) and the bench; the worker reads Files instead.
 */
export function memorySource(
  name: string,
  bytes: Uint8Array,
  chunkSizes: readonly number[] = [65536],
): ByteSource {
  return {
    name,
    size: bytes.length,
    async *chunks() {
      let pos = 0;
      let i = 0;
      while (pos < bytes.length) {
        const size = Math.max(1, chunkSizes[i++ % chunkSizes.length]!);
        yield bytes.subarray(pos, pos + size);
        pos += size;
      }
      await Promise.resolve();
    },
    range: (start, end) => Promise.resolve(bytes.subarray(start, end)),
  };
}

export function textSource(name: string, text: string, chunkSizes?: readonly number[]): ByteSource {
  return memorySource(name, new TextEncoder().encode(text), chunkSizes);
}
