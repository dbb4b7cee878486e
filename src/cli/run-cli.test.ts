import { describe, expect, it } from 'vitest';
import { COMMANDS, EXIT_INVALID, EXIT_READY, runCli } from './run-cli';
import { fakeIo } from './testing/fake-io';

describe('runCli (the dispatcher)', () => {
  it('lists every command in its help and exits 0', async () => {
    const w = fakeIo();
    expect(await runCli(['--help'], w.io)).toBe(EXIT_READY);
    for (const name of ['check', 'evaluate', 'export', 'diff', 'init', 'lint-sql'])
      expect(w.stdout()).toContain(`  ${name} `);
    expect(COMMANDS.map((c) => c.name)).toEqual(['check', 'evaluate', 'export', 'diff', 'init', 'lint-sql']);
  });

  it('exits 2 with the usage for no command or an unknown one', async () => {
    for (const argv of [[], ['lint', 'p.json'], ['']]) {
      const w = fakeIo();
      expect(await runCli(argv, w.io)).toBe(EXIT_INVALID);
      expect(w.stderr()).toContain('Usage:');
    }
  });

  it('gives every command its own --help (exit 0) and refuses unknown options (exit 2)', async () => {
    for (const { name } of COMMANDS) {
      const help = fakeIo();
      expect(await runCli([name, '--help'], help.io), name).toBe(EXIT_READY);
      expect(help.stdout()).toContain(`npm run plan -- ${name}`);
      const bad = fakeIo();
      expect(await runCli([name, 'x.json', '--bogus'], bad.io), name).toBe(EXIT_INVALID);
      expect(bad.stderr()).toContain('Unknown option --bogus.');
    }
  });
});
