import type { Plugin } from 'vite';

/**
 * libpg-query's Emscripten loader looks for its .wasm next to `document.currentScript`, which an
 * ES module does not have: in a bundle it fetches "libpg-query.wasm" relative to the page, gets
 * index.html back and fails with "expected magic word 00 61 73 6d". We pass `locateFile` at the
 * one place the loader is started (wasm/index.js: `PgQueryModule()`), pointing at
 * `new URL('./libpg-query.wasm', import.meta.url)`. Vite (app and worker builds) and the dev
 * pre-bundler both recognise that pattern, emit or serve the .wasm, and rewrite the URL.
 */
const LOADER_CALL = 'PgQueryModule()';
const LOCATE_WASM =
  "PgQueryModule({ locateFile: (path, prefix) => path.endsWith('.wasm') ? new URL('./libpg-query.wasm', import.meta.url).href : prefix + path })";

const isLibpgQueryEntry = (id: string): boolean => {
  const file = id.split('?')[0]?.replaceAll('\\', '/') ?? '';
  return file.endsWith('/libpg-query/wasm/index.js');
};

/** The transform itself; also usable as a rolldown plugin (optimizeDeps.rolldownOptions.plugins). */
export function transformLibpgQuery(code: string, id: string): { code: string; map: null } | null {
  if (!isLibpgQueryEntry(id)) return null;
  if (!code.includes(LOADER_CALL)) {
    // A new libpg-query release changed its loader: fail the build rather than ship a parser that cannot start.
    throw new Error(`vite-plugin-libpg-query: "${LOADER_CALL}" not found in ${id}; update the plugin`);
  }
  return { code: code.replace(LOADER_CALL, LOCATE_WASM), map: null };
}

/**
 * Use in vite.config.ts three times: `plugins`, `worker.plugins` (a function returning new
 * instances) and `optimizeDeps.rolldownOptions.plugins` (dev pre-bundling).
 */
export function libpgQueryWasm(): Plugin {
  return {
    name: 'migration-workbench:libpg-query-wasm',
    enforce: 'pre',
    transform(code, id) {
      return transformLibpgQuery(code, id);
    },
  };
}
