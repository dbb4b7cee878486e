import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../read-pass';

/** Test support: a ByteSource over a file read with fs in small chunks, like File.stream() in the browser. */
export function fsSource(path: string, highWaterMark = 7): ByteSource {
  return {
    name: basename(path),
    size: statSync(path).size,
    chunks: () => createReadStream(path, { highWaterMark }),
  };
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
