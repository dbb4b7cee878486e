import { z } from 'zod';

/** Written by src/tooling/build-pglite-datadir.ts next to the data directory, read by the worker. */
export const DataDirManifest = z.object({
  /** File name under /pglite/, hashed so that a cache-first service worker never serves a stale one. */
  file: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  pgliteVersion: z.string(),
  /** How the dump was made (DATADIR_FORMAT in the build script); absent in older builds. */
  format: z.number().int().optional(),
  serverVersion: z.string(),
});
export type DataDirManifest = z.infer<typeof DataDirManifest>;

/** The manifest from its JSON (a file, or a response's body): what is wrong with it, where, if it is not one. */
export function readDataDirManifest(json: unknown, from: string): DataDirManifest {
  const read = DataDirManifest.safeParse(json);
  if (!read.success)
    throw new Error(`${from} is not a data directory manifest: ${z.prettifyError(read.error)}`);
  return read.data;
}

export const DATADIR_MANIFEST = 'datadir.json';
/** Where the build puts the data directory; served as a static asset by Vite and the preview server. */
export const DATADIR_BASE_PATH = '/pglite/';
