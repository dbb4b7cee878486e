/**
 * Rollback rehearsal on a real PostgreSQL (PGlite, issue 8). Free of DOM and React: the same code
 * runs in Node tests and in the rehearsal Web Worker. The clock is passed in.
 */
export { rehearse, type RehearseOptions } from './rehearse';
export { rehearsalNotes, environmentName, locksText } from './notes';
export {
  startPglite,
  noInitdb,
  REHEARSAL_SETTINGS,
  fingerprint,
  type Fingerprint,
  type StartOptions,
} from './start';
export { diffCatalog, snapshotCatalog, type CatalogSnapshot } from './catalog';
export { isPack, unpackDataDir, type PackEntry } from './datadir-pack';
export {
  DATADIR_BASE_PATH,
  DATADIR_MANIFEST,
  readDataDirManifest,
  type DataDirManifest,
} from './datadir-manifest';
export type * from './types';
