// Writes the plan templates (src/cli/templates) to public/templates/ as plan files, with index.json listing
// them for the app's "New from template". A unit test (src/cli/templates/templates.test.ts) fails when the
// committed files are out of date: run `npm run templates` after changing a template or the plan format.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportPlanJson } from '../exporters/plan-json';
import { TEMPLATES, templateCatalog, templatePlan } from '../cli/templates';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../public/templates/', import.meta.url));

/** Every file of public/templates/ by name, as it must be. */
export function renderTemplates(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', `${JSON.stringify(templateCatalog(), null, 2)}\n`);
  for (const source of TEMPLATES) files.set(`${source.id}.json`, exportPlanJson(templatePlan(source)));
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  const files = renderTemplates();
  // A renamed or removed template must not leave its old file behind.
  for (const name of readdirSync(TEMPLATES_DIR)) if (!files.has(name)) rmSync(join(TEMPLATES_DIR, name));
  for (const [name, text] of files) writeFileSync(join(TEMPLATES_DIR, name), text);
  console.log(`wrote ${files.size} files to ${TEMPLATES_DIR}`);
}
