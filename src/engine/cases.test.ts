import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { evaluate } from './evaluate';
import { violation } from './testing/case-checks';
import { CASES } from './testing/case-expectations';
import { cites } from './testing/ready-plan';

const dir = new URL('./fixtures/cases/', import.meta.url);
const NOW = new Date('2026-12-01T00:00:00Z');

function load(file: string) {
  const loaded = loadPlanText(readFileSync(new URL(`${file}.json`, dir), 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`);
  return loaded.plan;
}

describe('public case library (../shared/cases), each as a draft plan', () => {
  it('has a plan file for every case and an expectation for every plan file', () => {
    const files = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
    expect(files).toHaveLength(13);
  });

  it.each(CASES)('$file', (c) => {
    const plan = load(c.file);
    expect(plan.strategy.deployment).toBeNull();
    expect(plan.strategy.dataApproach).toBeNull();
    const e = evaluate(plan, { now: NOW });
    expect(c.strategies).toContain(e.strategy.recommended);
    expect(c.approaches).toContain(e.dataApproach.recommended);
    const missing = c.raise.filter((ids) => !ids.some((id) => cites(e, id)));
    expect(missing, 'findings the case says the engine should raise').toEqual([]);
    const said = c.mustNot.map((item) => violation(e, item)).filter((v) => v !== null);
    expect(said, 'what the case says the engine must not say').toEqual([]);
  });
});
