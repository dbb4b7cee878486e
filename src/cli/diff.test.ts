import { describe, expect, it } from 'vitest';
import { readyPlanInput } from '../engine/testing/ready-plan';
import { EXIT_BLOCKED, EXIT_INVALID, EXIT_READY } from './run-cli';
import { cliCommand, NOW } from './testing/fake-io';
import { diffMarkdown } from './diff-markdown';
import { Plan } from '../domain';
import { evaluate } from '../engine';

const before = readyPlanInput();
const after = (() => {
  const input = readyPlanInput();
  input.title = 'Ready plan | v2';
  if (input.rollback) input.rollback.tests = [];
  const phase = input.execution?.phases?.[0];
  if (phase) phase.verification = 'Counts *match*.';
  return input;
})();
const FILES = {
  'old.json': JSON.stringify(before),
  'new.json': JSON.stringify(after),
  'same.json': JSON.stringify(before),
  'bad.json': '[]',
};

const diff = cliCommand('diff', FILES);

describe('diff', () => {
  it('prints the plan diff as Markdown: verdicts before and after, then the changes by section', async () => {
    const r = await diff('old.json', 'new.json');
    expect(r.code).toBe(EXIT_READY);
    const md = r.stdout();
    expect(md).toContain('### Plan changes: Ready plan \\| v2');
    expect(md).toContain('3 changes from `old.json` to `new.json`.');
    expect(md).toContain('- Readiness: GO: no blockers (0 warnings, 0 open questions) → **NO-GO: 2 blockers');
    expect(md).toContain('#### Plan details (1)');
    expect(md).toContain('| Changed | Title `title` | Ready plan | Ready plan \\| v2 |');
    expect(md).toContain('#### Rollback (1)');
    expect(md).toContain('| Removed |');
    expect(md).toContain('Counts \\*match\\*.');
  });

  it('says so when nothing changed; --exit-code exits 1 only when the plans differ', async () => {
    const same = await diff('old.json', 'same.json', '--exit-code');
    expect(same.code).toBe(EXIT_READY);
    expect(same.stdout()).toContain('No differences between `old.json` and `same.json`.');
    expect((await diff('old.json', 'new.json', '--exit-code')).code).toBe(EXIT_BLOCKED);
  });

  it('writes to -o; exit 2 naming every bad file, or for a wrong number of files', async () => {
    const written = await diff('old.json', 'new.json', '-o', 'diff.md', '--old-name', 'main:plans/p.json');
    expect(written.written.get('diff.md')).toContain('3 changes from `main:plans/p.json` to `new.json`.');
    const bad = await diff('bad.json', 'nope.json');
    expect(bad.code).toBe(EXIT_INVALID);
    expect(bad.stderr()).toContain('bad.json is not a valid plan: A plan must be a JSON object.');
    expect(bad.stderr()).toContain('Cannot read nope.json: no such file.');
    for (const args of [['old.json'], ['a', 'b', 'c']]) {
      const r = await diff(...args);
      expect(r.code).toBe(EXIT_INVALID);
      expect(r.stderr()).toContain('Usage: npm run plan -- diff');
    }
  });

  it('stays under a comment’s length, saying how many changes it left out', () => {
    const a = Plan.parse(before);
    const b = Plan.parse(before);
    b.execution.checklist = Array.from({ length: 400 }, (_, i) => ({
      id: `c${i}`,
      builtin: null,
      label: `Item ${i} ${'x'.repeat(100)}`,
      done: false,
      verifiedBy: '',
    }));
    const now = new Date(NOW);
    const md = diffMarkdown(
      { name: 'a', plan: a, evaluation: evaluate(a, { now }) },
      { name: 'b', plan: b, evaluation: evaluate(b, { now }) },
      10_000,
    );
    expect(md.length).toBeLessThanOrEqual(10_200);
    expect(md).toMatch(/_\d+ more changes are not shown/);
  });
});
