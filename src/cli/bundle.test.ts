import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../tooling/build-cli';
import { readyPlanInput } from '../engine/testing/ready-plan';
import { sarifSchemaErrors } from './testing/sarif-schema';

/**
 * The CLI as shipped: bundled by the same build as `npm run build` into one file in a folder outside
 * the repository (no node_modules to fall back on), then run with plain `node`.
 */
const dir = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
const cli = join(dir, 'plan.mjs');
const NOW = '2026-12-05T00:00:00Z';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function planWith(forwardSql: string, dialect: 'postgresql' | 'mysql'): string {
  const input = readyPlanInput();
  const change = input.assessment?.schemaChange;
  if (change) Object.assign(change, { forwardSql, dialect, backwardCompatible: 'unknown' });
  const path = join(dir, `${dialect}.json`);
  writeFileSync(path, JSON.stringify(input));
  return path;
}

describe('the bundled CLI (node dist/cli/plan.mjs)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const { bytes } = await buildCli(cli);
    expect(bytes).toBeGreaterThan(1_000_000);
  });

  it('is one self-contained ES module with a node shebang', () => {
    expect(readFileSync(cli, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('init --template');
  });

  it('starts a plan from a template and checks it, with the exit codes of the source', () => {
    const out = join(dir, 'gh-ost.json');
    const init = run('init', '--template', 'mysql-gh-ost', '-o', out);
    expect(init.code).toBe(0);
    const check = run('check', out, '--format', 'sarif', '--now', NOW);
    expect(check.code).toBe(1);
    const log: unknown = JSON.parse(check.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(check.stdout).toContain('"ruleId": "GR-01"');
    expect(run('check', join(dir, 'missing.json')).code).toBe(2);
  });

  // Only the parsers classify a rename as breaking (AQ-02); the fallback scan knows DROP and TRUNCATE alone.
  it.each([
    [
      'PostgreSQL with libpg-query’s WebAssembly',
      'postgresql',
      'ALTER TABLE accounts RENAME COLUMN email TO login',
    ],
    ['MySQL with node-sql-parser', 'mysql', 'ALTER TABLE accounts CHANGE COLUMN email login VARCHAR(255)'],
  ] as const)('parses %s from inside the bundle', (_name, dialect, statement) => {
    const plan = planWith(`${statement};\n`, dialect);
    const r = run('check', plan, '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`[AQ-02] This schema change (\`${statement}\`)`);
    expect(run('check', plan, '--no-sql', '--now', NOW).stdout).not.toContain('[AQ-02]');
  });

  it('exports a runbook and diffs two plans', () => {
    const a = join(dir, 'a.json');
    expect(run('init', '--template', 'weekend-big-bang', '-o', a, '--now', NOW).code).toBe(0);
    const runbook = run('export', 'runbook', a, '--now', NOW);
    expect(runbook.code).toBe(0);
    expect(runbook.stdout).toMatch(/^# Runbook: asset inventory/);
    const diff = run('diff', a, join(dir, 'gh-ost.json'), '--now', NOW);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('### Plan changes: orders: add a column');
  });
});
