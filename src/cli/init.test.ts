import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { EXIT_INVALID, EXIT_READY, runCli } from './run-cli';
import { loadTemplate, TEMPLATES } from './templates';
import { fakeIo, NOW } from './testing/fake-io';

describe('init', () => {
  it('writes a plan from a template with a fresh id and creation time', async () => {
    const w = fakeIo();
    expect(await runCli(['init', '--template', 'mysql-gh-ost', '-o', 'plan.json', '--now', NOW], w.io)).toBe(
      EXIT_READY,
    );
    expect(w.stderr()).toBe('Wrote a plan from template mysql-gh-ost to plan.json.');
    const loaded = loadPlanText(w.written.get('plan.json') ?? '');
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.plan).toMatchObject({ id: 'id-1', createdAt: '2026-12-05T00:00:00.000Z' });
    expect(loaded.plan.title).toContain('gh-ost');
    expect(loaded.plan.strategy.deployment).toBe('canary');
  });

  it('prints to stdout without -o and takes --title', async () => {
    const w = fakeIo();
    expect(await runCli(['init', '--template=weekend-big-bang', '--title', ' Wiki move '], w.io)).toBe(
      EXIT_READY,
    );
    const plan = JSON.parse(w.stdout()) as { title: string; strategy: { deployment: string } };
    expect(plan).toMatchObject({ title: 'Wiki move', strategy: { deployment: 'big-bang' } });
  });

  it('never overwrites a file unless --force', async () => {
    const w = fakeIo({ 'plan.json': '{"mine": true}' });
    expect(await runCli(['init', '--template', 'mysql-gh-ost', '-o', 'plan.json'], w.io)).toBe(EXIT_INVALID);
    expect(w.stderr()).toBe('plan.json already exists; nothing was written. Pass --force to overwrite it.');
    expect(w.written.size).toBe(0);
    expect(await runCli(['init', '--template', 'mysql-gh-ost', '-o', 'plan.json', '--force'], w.io)).toBe(
      EXIT_READY,
    );
    expect(w.written.get('plan.json')).toContain('"kind": "migration-plan"');
  });

  it('lists the templates; an unknown or missing one is exit 2 with the list', async () => {
    const list = fakeIo();
    expect(await runCli(['init', '--list'], list.io)).toBe(EXIT_READY);
    for (const t of TEMPLATES) expect(list.stdout()).toContain(t.id);
    for (const argv of [
      ['init'],
      ['init', '--template', 'nope'],
      ['init', '--template', 'mysql-gh-ost', 'extra'],
    ]) {
      const w = fakeIo();
      expect(await runCli(argv, w.io), argv.join(' ')).toBe(EXIT_INVALID);
      expect(w.stderr()).toContain('weekend-big-bang');
    }
  });
});

describe('the templates the CLI carries', () => {
  it('loads each one through the load pipeline; a file the build lacks is a load error, not a crash', () => {
    for (const t of TEMPLATES) expect(loadTemplate(t), t.id).toMatchObject({ ok: true, upgradedFrom: null });
    const [first] = TEMPLATES;
    if (!first) throw new Error('no templates');
    expect(loadTemplate({ ...first, file: 'missing.json' })).toMatchObject({
      ok: false,
      error: { code: 'unreadable', message: 'missing.json is not in this build.' },
    });
  });
});
