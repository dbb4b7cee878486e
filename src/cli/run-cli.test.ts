import { describe, expect, it } from 'vitest';
import { readyPlanInput } from '../engine/testing/ready-plan';
import { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY, parseArgs, runCli, type CliIo } from './run-cli';

const NOW = '2026-12-05T00:00:00Z';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return { text, bytes: Buffer.byteLength(text) };
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date(NOW),
  };
  return { fake, out, err };
}

const ready = JSON.stringify(readyPlanInput());
const blocked = (() => {
  const input = readyPlanInput();
  if (input.rollback) input.rollback.tests = [];
  return JSON.stringify(input);
})();
const invalid = JSON.stringify({
  ...readyPlanInput(),
  assessment: { components: [{ id: 'x', name: 'x', rows: -1 }] },
});

describe('runCli', () => {
  it('check: exit 0 and a readable summary when ready', async () => {
    const { fake, out } = io({ 'p.json': ready });
    expect(await runCli(['check', 'p.json', '--now', NOW], fake)).toBe(EXIT_READY);
    const text = out.join('\n');
    expect(text).toContain('Readiness: READY (0 blockers');
    expect(text).toContain('Strategy: canary recommended (DC-02, ST-04); chosen: canary');
    expect(text).toContain('Data approach: expand-contract recommended');
    expect(text).toContain('Estimate: 500,000 rows');
  });

  it('check: exit 1 and every blocker with its rule id and path', async () => {
    const { fake, out } = io({ 'p.json': blocked });
    expect(await runCli(['check', 'p.json', `--now=${NOW}`], fake)).toBe(EXIT_BLOCKED);
    const text = out.join('\n');
    expect(text).toContain('Readiness: NOT READY (2 blockers');
    expect(text).toMatch(/\[GR-01\] No rollback test in staging/);
    expect(text).toContain('at rollback.tests; fix:');
  });

  it('evaluate: prints the evaluation as JSON with the same exit codes', async () => {
    const { fake, out } = io({ 'p.json': blocked });
    expect(await runCli(['evaluate', 'p.json', '--now', NOW], fake)).toBe(EXIT_BLOCKED);
    const json = JSON.parse(out.join('')) as {
      strategy: { recommended: string };
      readiness: { ready: boolean };
      waves: string[][];
    };
    expect(json.strategy.recommended).toBe('canary');
    expect(json.readiness.ready).toBe(false);
    expect(json.waves).toEqual([['db'], ['api']]);
  });

  it('exit 2 for a missing file, malformed JSON and an invalid plan, naming where', async () => {
    const files = { 'bad.json': '{ "kind": "migration-plan",\n  oops }', 'invalid.json': invalid };
    const missing = io(files);
    expect(await runCli(['check', 'nope.json'], missing.fake)).toBe(EXIT_INVALID);
    expect(missing.err.join('')).toContain('Cannot read nope.json: no such file.');
    const malformed = io(files);
    expect(await runCli(['check', 'bad.json'], malformed.fake)).toBe(EXIT_INVALID);
    expect(malformed.err.join('')).toMatch(/not valid JSON at line 2/);
    const wrong = io(files);
    expect(await runCli(['evaluate', 'invalid.json'], wrong.fake)).toBe(EXIT_INVALID);
    expect(wrong.err.join('')).toContain('assessment.components[0].rows');
    expect(wrong.out).toEqual([]);
  });

  it('says which keys of the file are not part of a plan, on stderr, with the likely intended key', async () => {
    const input = {
      ...readyPlanInput(),
      titel: 'typo',
      assessment: { ...readyPlanInput().assessment, notez: '' },
    };
    const { fake, out, err } = io({ 'p.json': JSON.stringify(input) });
    expect(await runCli(['evaluate', 'p.json', '--now', NOW, '--no-sql'], fake)).toBe(EXIT_READY);
    expect(err.join('\n')).toBe(
      [
        'Ignored 2 keys that are not part of a plan:',
        '  assessment.notez: not part of a plan, ignored (did you mean "notes"?)',
        '  titel: not part of a plan, ignored (did you mean "title"?)',
      ].join('\n'),
    );
    expect(() => JSON.parse(out.join('')) as unknown).not.toThrow();
  });

  it('exit 2 with usage for bad arguments; help exits 0', async () => {
    for (const argv of [
      [],
      ['check'],
      ['lint', 'p.json'],
      ['check', 'p.json', '--bogus'],
      ['check', 'p.json', '--now', 'soon'],
    ]) {
      const { fake, err } = io({});
      expect(await runCli(argv, fake)).toBe(EXIT_INVALID);
      expect(err.join('')).toContain('Usage:');
    }
    const { fake, out } = io({});
    expect(await runCli(['--help'], fake)).toBe(EXIT_READY);
    expect(out.join('')).toContain('check <file>');
  });

  it('--sql uses the SQL hook when one is installed, and says so when not', async () => {
    const without = io({ 'p.json': ready });
    await runCli(['check', 'p.json', '--sql', '--now', NOW], without.fake);
    expect(without.err.join('')).toContain('SQL analysis is not available');
    const withHook = io({ 'p.json': ready });
    withHook.fake.analyseSql = () =>
      Promise.resolve({
        forward: {
          dialect: 'postgresql',
          parseError: null,
          statements: [
            {
              index: 0,
              line: 1,
              text: 'DROP TABLE accounts',
              classification: 'destructive',
              ruleIds: [],
              table: 'accounts',
            },
          ],
        },
      });
    expect(await runCli(['check', 'p.json', '--sql', '--now', NOW], withHook.fake)).toBe(EXIT_BLOCKED);
    expect(withHook.out.join('')).toContain('[GR-04]');
  });

  it('parses --now in both spellings', () => {
    expect(parseArgs(['check', 'f', '--now', NOW])).toMatchObject({ kind: 'run', now: new Date(NOW) });
    expect(parseArgs(['evaluate', 'f', `--now=${NOW}`])).toMatchObject({ kind: 'run', command: 'evaluate' });
  });
});
