import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '../read-pass';

/** Test support: a ByteSource over a file read with fs in small chunks, like File.stream() in the browser. */
export function fsSource(path: string, highWaterMark = 7): ByteSource {
  return {
    name: basename(path),
    size: statSync(path).size,
    chunks: () => createReadStream(path, { highWaterMark }),
    async range(start, end) {
      const file = await open(path);
      try {
        const out = new Uint8Array(Math.max(0, end - start));
        const { bytesRead } = await file.read(out, 0, out.length, start);
        return out.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
