// Bundles the CLI into one file, dist/cli/plan.mjs, that runs with plain `node` (no tsx, no node_modules):
// the engine, exporters, templates, zod, and both SQL parsers, with libpg-query's WebAssembly inlined.
import { chmod, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const CLI_ENTRY = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
export const CLI_OUTFILE = fileURLToPath(new URL('../../dist/cli/plan.mjs', import.meta.url));

const LOADER_CALL = 'PgQueryModule()';
const INSTANTIATE =
  'PgQueryModule({ instantiateWasm: (imports, receive) => receive(new WebAssembly.Instance(new WebAssembly.Module(__libpgQueryWasm), imports)) })';

/**
 * libpg-query's Emscripten loader reads libpg-query.wasm from beside its own file, which a one-file
 * bundle does not have. Its bytes are imported instead (esbuild's binary loader) and instantiated
 * through the loader's `instantiateWasm` hook (this build ignores `wasmBinary`), so it never touches
 * the file system. Compiling synchronously lets a failure reject the loader's promise instead of
 * leaving it pending. Fails the build if a new release changed the loader call, rather than shipping a
 * parser that cannot start.
 */
const inlineLibpgQueryWasm: Plugin = {
  name: 'inline-libpg-query-wasm',
  setup(b) {
    b.onLoad({ filter: /[\\/]libpg-query[\\/]wasm[\\/]index\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes(LOADER_CALL))
        throw new Error(`build-cli: "${LOADER_CALL}" not found in ${args.path}; update the plugin`);
      return {
        contents: `import __libpgQueryWasm from './libpg-query.wasm';\n${code.replace(LOADER_CALL, INSTANTIATE)}`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

// The bundle is an ES module, but the CommonJS parts inside it (Emscripten's loader, node-sql-parser)
// reach for require, __filename and __dirname: give them Node's.
const BANNER = `#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);`;

export async function buildCli(outfile = CLI_OUTFILE): Promise<{ outfile: string; bytes: number }> {
  const result = await build({
    entryPoints: [CLI_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds first: libpg-query's index.js is the entry the plugin above rewrites.
    mainFields: ['module', 'main'],
    loader: { '.wasm': 'binary' },
    plugins: [inlineLibpgQueryWasm],
    banner: { js: BANNER },
    minify: true,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  // Executable, so `./dist/cli/plan.mjs` and the package's bin run it directly.
  await chmod(outfile, 0o755);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return { outfile, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, bytes } = await buildCli();
  console.log(`cli: ${outfile} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
}
