import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanText, PLAN_FORMAT_VERSION } from '../domain';
import { exportPlanJson } from '../exporters/plan-json';
import { renderTemplates } from './write-templates';

const V1 = readFileSync(new URL('../domain/fixtures/plan-v1.json', import.meta.url), 'utf8');
const entry = (id: string) => ({
  id,
  name: 'Old template',
  title: 'orders: int to bigint',
  description: 'A template written in format 1.',
  file: `${id}.json`,
  intended: { strategy: 'canary', dataApproach: 'expand-contract' },
});

/** A templates folder in a temporary directory: index.json and the given plan files. */
function folder(catalog: unknown, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'templates-'));
  writeFileSync(join(dir, 'index.json'), typeof catalog === 'string' ? catalog : JSON.stringify(catalog));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('npm run templates', () => {
  it('writes a template of an older format in the current one, through the load pipeline', () => {
    const rendered = renderTemplates(folder({ templates: [entry('old')] }, { 'old.json': V1 }));
    if (!rendered.ok) throw new Error(rendered.errors.join('\n'));
    const loaded = loadPlanText(V1);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.upgradedFrom).toBe(1);
    const text = rendered.files.get('old.json') ?? '';
    expect(text).toBe(exportPlanJson(loaded.plan));
    expect(JSON.parse(text)).toMatchObject({ formatVersion: PLAN_FORMAT_VERSION });
    // The catalog is written back with its keys in order, two-space indent, one entry per template.
    expect(rendered.files.get('index.json')).toBe(
      `${JSON.stringify({ templates: [entry('old')] }, null, 2)}\n`,
    );
  });

  it('writes nothing and names each file that is wrong: unlisted, missing, not a plan', () => {
    const dir = folder(
      { templates: [entry('old'), entry('gone'), entry('broken')] },
      { 'old.json': V1, 'broken.json': '{"kind": "migration-plan", "formatVersion": 2', 'stray.json': V1 },
    );
    const rendered = renderTemplates(dir);
    expect(rendered.ok).toBe(false);
    if (rendered.ok) return;
    expect(rendered.errors).toEqual([
      'gone.json: listed in index.json but not in the folder',
      expect.stringMatching(/^broken\.json: The file is not valid JSON at line 1/),
      'stray.json: not listed in index.json',
    ]);
  });

  it.each([
    [
      'an unknown strategy',
      { templates: [{ ...entry('old'), intended: { strategy: 'yolo', dataApproach: 'none' } }] },
      /^index\.json: templates\[0\]\.intended\.strategy: /,
    ],
    [
      'a file that is not named by its id',
      { templates: [{ ...entry('old'), file: 'x.json' }] },
      /file: must be/,
    ],
    ['an id listed twice', { templates: [entry('old'), entry('old')] }, /each id must appear once/],
    ['a key that is not part of the catalog', { templates: [{ ...entry('old'), tags: [] }] }, /tags/],
    ['text that is not JSON', '{"templates": [', /^index\.json: /],
  ])('refuses a catalog with %s, saying where', (_, catalog, message) => {
    const rendered = renderTemplates(folder(catalog, { 'old.json': V1 }));
    expect(rendered.ok).toBe(false);
    if (!rendered.ok) expect(rendered.errors.join('\n')).toMatch(message);
  });
});
