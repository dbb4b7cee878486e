import { createXXHash64 } from 'hash-wasm';

/**
 * Whole-file digest: xxh64 of a file's bytes exactly as exported, updated with each chunk as it arrives,
 * before the chunk is scanned. Equal digests (and sizes) mean byte-identical files: then the key diff can only
 * agree, and the person sees at once that the export was copied intact.
 *
 * Why xxh64: it hashes several GB/s in WebAssembly, so one call per chunk costs a fraction of the chunk's read,
 * and the read (in the browser's file thread) and the hashing (here) overlap. This is hash-wasm's; a side read
 * by the WebAssembly kernel uses the kernel's own XXH64 (row-kernel.ts `digest`), which hashes each chunk where
 * the kernel copies it for the scan instead of copying it into hash-wasm's memory too (~6 ns a row less on the
 * bench's rows; the tests hold the two to each other). It is not a cryptographic hash: it detects corruption
 * and export differences, not tampering.
 */
export interface ByteDigest {
  update(chunk: Uint8Array): void;
  /** 16 hex digits; call once, after the last chunk. */
  hex(): string;
}

export async function createByteDigest(): Promise<ByteDigest> {
  const hasher = await createXXHash64();
  hasher.init();
  return {
    update: (chunk) => {
      hasher.update(chunk);
    },
    hex: () => hasher.digest('hex'),
  };
}
