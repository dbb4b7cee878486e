// The plan templates are their files: public/templates/<id>.json, plan files as exportPlanJson writes them,
// and index.json, the catalog that lists them. After PLAN_FORMAT_VERSION is bumped, `npm run templates`
// rewrites each file through the load pipeline (parse, upgrade, validate, fill defaults) and the plan-file
// exporter, so the templates are in the current format. The template test
// (src/cli/templates/templates.test.ts) fails while a file is not what this writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlanText } from '../domain';
import { exportPlanJson } from '../exporters/plan-json';
// The catalog's schema alone: the CLI's embedded copy of the files may be the stale thing being fixed.
import { catalogText, parseTemplateCatalog } from '../cli/templates/catalog';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../public/templates/', import.meta.url));
export const CATALOG_FILE = 'index.json';

export type RenderedTemplates = { ok: true; files: Map<string, string> } | { ok: false; errors: string[] };

/** Every file of the folder as it must be: each template loaded and exported again, the catalog tidied. */
export function renderTemplates(dir = TEMPLATES_DIR): RenderedTemplates {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(read(CATALOG_FILE));
  } catch (err) {
    return { ok: false, errors: [`${CATALOG_FILE}: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const catalog = parseTemplateCatalog(value);
  if (!catalog.ok) return { ok: false, errors: catalog.issues.map((issue) => `${CATALOG_FILE}: ${issue}`) };

  const errors: string[] = [];
  const files = new Map([[CATALOG_FILE, catalogText(catalog.templates)]]);
  const present = new Set(readdirSync(dir));
  for (const { file } of catalog.templates) {
    if (!present.has(file)) {
      errors.push(`${file}: listed in ${CATALOG_FILE} but not in the folder`);
      continue;
    }
    const loaded = loadPlanText(read(file));
    if (loaded.ok) files.set(file, exportPlanJson(loaded.plan));
    else errors.push(`${file}: ${loaded.error.message}`);
  }
  // A plan file the catalog does not list is offered nowhere: list it, or delete it.
  const listed = new Set([CATALOG_FILE, ...catalog.templates.map((t) => t.file)]);
  for (const name of present) if (!listed.has(name)) errors.push(`${name}: not listed in ${CATALOG_FILE}`);
  return errors.length === 0 ? { ok: true, files } : { ok: false, errors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rendered = renderTemplates();
  if (!rendered.ok) {
    console.error(`nothing was written:\n${rendered.errors.map((e) => `  ${e}`).join('\n')}`);
    process.exit(1);
  }
  let changed = 0;
  for (const [name, text] of rendered.files) {
    if (readFileSync(join(TEMPLATES_DIR, name), 'utf8') === text) continue;
    writeFileSync(join(TEMPLATES_DIR, name), text);
    changed += 1;
  }
  console.log(`${TEMPLATES_DIR}: ${changed} of ${rendered.files.size} files rewritten`);
}
