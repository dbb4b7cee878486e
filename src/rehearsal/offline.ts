/**
 * What a rehearsal says when it cannot download PostgreSQL. The first rehearsal fetches PGlite
 * (pglite.wasm and pglite.data) and the data directory pack; measured with `npm run bench:rehearsal`
 * ("Lazy bytes fetched for a rehearsal", total gzip: 8.0 MB for PGlite 0.5.16). Later runs read them
 * from the cache and work offline.
 */
export const FIRST_RUN_DOWNLOAD_MB = 8;

export const FIRST_RUN_OFFLINE_MESSAGE = `The rehearsal could not download PostgreSQL. Its first run downloads PostgreSQL for the browser (PGlite, about ${FIRST_RUN_DOWNLOAD_MB} MB) and needs the network once; after that it runs offline. Connect and rehearse again.`;

/** fetch() rejects with a TypeError whose wording is the browser's own. */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /failed to fetch|networkerror|load failed|network request failed|fetch failed|importing a module script failed|failed to fetch dynamically imported module/i.test(
    error.message,
  );
}
