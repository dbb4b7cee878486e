import { describe, expect, it } from 'vitest';
import { readyPlanInput } from '../engine/testing/ready-plan';
import { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY, runCli } from './run-cli';
import { cliCommand, fakeIo, NOW } from './testing/fake-io';
import { sarifSchemaErrors } from './testing/sarif-schema';

const ready = JSON.stringify(readyPlanInput(), null, 2);
const blocked = (() => {
  const input = readyPlanInput();
  if (input.rollback) input.rollback.tests = [];
  return JSON.stringify(input, null, 2);
})();
const invalid = JSON.stringify({
  ...readyPlanInput(),
  assessment: { components: [{ id: 'x', name: 'x', rows: -1 }] },
});
const FILES = {
  'ready.json': ready,
  'blocked.json': blocked,
  'invalid.json': invalid,
  'bad.json': '{ "kind": "migration-plan",\n  oops }',
};
/** The line of `"key":` in a text, 1-based. */
const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => l.includes(`"${key}":`)) + 1;

const check = cliCommand('check', FILES);

describe('check', () => {
  it('text: exit 0 and a readable summary when ready', async () => {
    const r = await check('ready.json');
    expect(r.code).toBe(EXIT_READY);
    expect(r.stdout()).toContain('Readiness: READY (0 blockers');
    expect(r.stdout()).toContain('Strategy: canary recommended (ST-10, DC-02); chosen: canary');
    expect(r.stdout()).toContain('Estimate: 500,000 rows');
  });

  it('text: exit 1 and every blocker with its rule id and path', async () => {
    const r = await check(`--now=${NOW}`, 'blocked.json');
    expect(r.code).toBe(EXIT_BLOCKED);
    expect(r.stdout()).toContain('Readiness: NOT READY (2 blockers');
    expect(r.stdout()).toMatch(/\[GR-01\] No rollback test in staging/);
    expect(r.stdout()).toContain('at rollback.tests; fix:');
  });

  it('exit 2 for a missing file, malformed JSON and an invalid plan, naming where; the others are still checked', async () => {
    const r = await check('nope.json', 'bad.json', 'invalid.json', 'ready.json');
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.stderr()).toContain('Cannot read nope.json: no such file.');
    expect(r.stderr()).toMatch(/bad\.json is not a valid plan: .*not valid JSON at line 2/);
    expect(r.stderr()).toContain('at assessment.components[0].rows');
    expect(r.stdout()).toContain('Readiness: READY');
  });

  it('json: verdict, recommendations and every item with its path, line and column', async () => {
    const r = await check('--format', 'json', 'blocked.json', 'ready.json');
    expect(r.code).toBe(EXIT_BLOCKED);
    const [first, second] = JSON.parse(r.stdout()) as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ file: 'blocked.json', valid: true, ready: false, blockers: 2 });
    expect(first?.['strategy']).toMatchObject({ recommended: 'canary', chosen: 'canary' });
    expect(first?.['items']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'GR-01',
          severity: 'blocker',
          level: 'error',
          path: 'rollback.tests',
          line: lineOf(blocked, 'tests'),
          column: 5,
        }),
      ]),
    );
    expect(second).toMatchObject({ file: 'ready.json', ready: true, blockers: 0 });
  });

  it('json: an invalid file is an entry with its error at the field’s line', async () => {
    const r = await check('--format=json', 'invalid.json');
    expect(r.code).toBe(EXIT_INVALID);
    const [entry] = JSON.parse(r.stdout()) as Array<{
      valid: boolean;
      error: { path: string; line: number };
    }>;
    expect(entry).toMatchObject({ valid: false, error: { path: 'assessment.components[0].rows', line: 1 } });
  });

  it('github: one workflow command per item at the plan file’s line, escaped', async () => {
    const r = await check('--format', 'github', 'blocked.json');
    expect(r.code).toBe(EXIT_BLOCKED);
    const lines = r.stdout().split('\n');
    const gr01 = lines.find((l) => l.includes('title=GR-01'));
    expect(gr01).toBe(
      `::error file=blocked.json,line=${lineOf(blocked, 'tests')},col=5,title=GR-01 Tested rollback procedure::No rollback test in staging (or another shared non-production environment) is recorded. (at rollback.tests)%0AFix: Run the rollback procedure in staging with production-like data and record the result (kind "staging").`,
    );
    expect(lines.some((l) => l.startsWith('::notice ') || l.startsWith('::warning '))).toBe(true);
    expect(lines.at(-1)).toBe('blocked.json: NOT READY (2 blockers, 0 warnings, 0 open questions)');
    // A message can never end the command early: separators in properties are escaped.
    expect(
      lines.filter((l) => l.startsWith('::')).every((l) => /^::(error|warning|notice) [^:]*::/.test(l)),
    ).toBe(true);
  });

  it('github: an unreadable plan is an error annotation at the line JSON.parse stopped', async () => {
    const r = await check('--format', 'github', 'bad.json');
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.stdout()).toMatch(
      /^::error file=bad\.json,line=2,col=\d+,title=invalid-plan Not a valid plan::/,
    );
  });

  it('sarif: one log for all files, written with -o', async () => {
    const r = await check('--format', 'sarif', '-o', 'out.sarif', 'blocked.json', 'invalid.json');
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.stdout()).toBe('');
    expect(r.stderr()).toContain('Wrote the sarif report to out.sarif.');
    const log = JSON.parse(r.written.get('out.sarif') ?? '') as {
      version: string;
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]?.results ?? [];
    expect(results.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['GR-01', 'GR-08', 'invalid-plan']));
    expect(
      results.find((x) => x.ruleId === 'invalid-plan')?.locations[0]?.physicalLocation.artifactLocation.uri,
    ).toBe('invalid.json');
  });

  it('refuses an unknown format, a bad --now and a missing file argument (exit 2)', async () => {
    for (const args of [['--format', 'xml', 'ready.json'], ['--now', 'soon', 'ready.json'], []]) {
      const w = fakeIo(FILES);
      expect(await runCli(['check', ...args], w.io)).toBe(EXIT_INVALID);
      expect(w.stderr()).toContain('Usage: npm run plan -- check');
    }
  });
});

describe('evaluate', () => {
  it('prints the evaluation as JSON with the same exit codes', async () => {
    const w = fakeIo(FILES);
    expect(await runCli(['evaluate', 'blocked.json', '--now', NOW], w.io)).toBe(EXIT_BLOCKED);
    const json = JSON.parse(w.stdout()) as {
      strategy: { recommended: string };
      readiness: { ready: boolean };
      waves: string[][];
    };
    expect(json.strategy.recommended).toBe('canary');
    expect(json.readiness.ready).toBe(false);
    expect(json.waves).toEqual([['db'], ['api']]);
    const bad = fakeIo(FILES);
    expect(await runCli(['evaluate', 'invalid.json'], bad.io)).toBe(EXIT_INVALID);
    expect(bad.stderr()).toContain('assessment.components[0].rows');
    expect(bad.out).toEqual([]);
  });

  it('says which keys of the file are not part of a plan, on stderr, with the likely intended key', async () => {
    const base = readyPlanInput();
    const input = { ...base, titel: 'typo', assessment: { ...base.assessment, notez: '' } };
    const w = fakeIo({ 'typo.json': JSON.stringify(input) });
    expect(await runCli(['evaluate', 'typo.json', '--now', NOW, '--no-sql'], w.io)).toBe(EXIT_READY);
    expect(w.stderr()).toBe(
      [
        'typo.json: ignored 2 keys that are not part of a plan:',
        '  assessment.notez: not part of a plan, ignored (did you mean "notes"?)',
        '  titel: not part of a plan, ignored (did you mean "title"?)',
      ].join('\n'),
    );
    expect(() => JSON.parse(w.stdout()) as unknown).not.toThrow();
    const { title: _title, ...untitled } = base;
    const misspelt = fakeIo({ 'bad.json': JSON.stringify({ ...untitled, Title: 'Orders' }) });
    expect(await runCli(['check', 'bad.json', '--now', NOW], misspelt.io)).toBe(EXIT_INVALID);
    expect(misspelt.stderr()).toContain('The file has "Title" there: did you mean "title"?');
  });

  it('--sql uses the SQL hook when one is installed, and says so when not', async () => {
    const without = fakeIo(FILES);
    await runCli(['check', 'ready.json', '--sql', '--now', NOW], without.io);
    expect(without.stderr()).toContain('SQL analysis is not available');
    const hooked = fakeIo(FILES);
    hooked.io.analyseSql = () =>
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
    expect(await runCli(['check', 'ready.json', '--now', NOW], hooked.io)).toBe(EXIT_BLOCKED);
    expect(hooked.stdout()).toContain('[GR-04]');
    const skipped = fakeIo(FILES);
    skipped.io.analyseSql = hooked.io.analyseSql;
    expect(await runCli(['check', 'ready.json', '--no-sql', '--now', NOW], skipped.io)).toBe(EXIT_READY);
  });
});
