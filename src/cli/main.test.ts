import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readyPlanInput } from '../engine/testing/ready-plan';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const blockedInput = readyPlanInput();
if (blockedInput.rollback) blockedInput.rollback.tests = [];

const FILES = {
  ready: write('ready.json', JSON.stringify(readyPlanInput())),
  blocked: write('blocked.json', JSON.stringify(blockedInput)),
  malformed: write('malformed.json', '{"kind": "migration-plan", '),
  invalid: write('invalid.json', JSON.stringify({ ...readyPlanInput(), title: '' })),
};

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args, '--now', '2026-12-05T00:00:00Z'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real entry point in a real process: exit codes reach the shell and errors carry no stack trace. */
describe('npx tsx src/cli/main.ts', { timeout: 60_000 }, () => {
  it('exits 0 for a ready plan', () => {
    const r = cli('check', FILES.ready);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Readiness: READY');
  });

  it('exits 1 when blockers remain', () => {
    const r = cli('evaluate', FILES.blocked);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { readiness: { ready: boolean } }).readiness.ready).toBe(false);
  });

  it('exits 2 for a malformed file, without a stack trace', () => {
    const r = cli('check', FILES.malformed);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
  });

  it('exits 2 for an invalid plan and names the field', () => {
    const r = cli('check', FILES.invalid);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid plan at title');
  });
});
