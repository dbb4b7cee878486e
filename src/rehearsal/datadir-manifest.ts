/** Written by src/tooling/build-pglite-datadir.ts next to the data directory, read by the worker. */
export type DataDirManifest = {
  /** File name under /pglite/, hashed so that a cache-first service worker never serves a stale one. */
  file: string;
  bytes: number;
  sha256: string;
  pgliteVersion: string;
  /** How the dump was made (DATADIR_FORMAT in the build script); absent in older builds. */
  format?: number;
  serverVersion: string;
};

export const DATADIR_MANIFEST = 'datadir.json';
/** Where the build puts the data directory; served as a static asset by Vite and the preview server. */
export const DATADIR_BASE_PATH = '/pglite/';
