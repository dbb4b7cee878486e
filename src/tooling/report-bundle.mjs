// Prints the gzip size of what the first load fetches (index.html's scripts and styles and their
// static imports) and fails the build when it exceeds the budget. Lazy chunks are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 160;
const dist = new URL('../../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const seen = new Set();
const queue = [...entry];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import ... from "./x.js"` and `import "./x.js"`; dynamic import() stays lazy.
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    queue.push(`assets/${m[1]}`);
  }
}
const first = [...seen];
const firstKb = first.reduce((sum, f) => sum + gz(f), 0) / 1024;
const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => !seen.has(f) && /\.(js|css|wasm)$/.test(f));
const mermaidInFirst = first.some((f) => readFileSync(join(dist, f), 'utf8').includes('mermaid.esm'));

console.log(`first load: ${firstKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB) in ${first.length} files`);
for (const f of first) console.log(`  ${f}  ${(gz(f) / 1024).toFixed(1)} KB gzip`);
const lazyKb = lazy.reduce((sum, f) => sum + gz(f), 0) / 1024;
console.log(`lazy chunks: ${lazy.length} files, ${lazyKb.toFixed(1)} KB gzip in total`);
if (firstKb > BUDGET_KB) {
  console.error(`first load is over budget: ${firstKb.toFixed(1)} KB > ${BUDGET_KB} KB gzip`);
  process.exit(1);
}
if (mermaidInFirst) {
  console.error('mermaid is in the first load; it must be loaded lazily');
  process.exit(1);
}
