import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED, WALLS } from './lint-wall-cases';

/**
 * The walls of ../shared/DESIGN.md hold only while lint fails when one is broken. Each case lints one import
 * in a file that does not exist (a virtual path inside the layer) with the project's own eslint.config.js,
 * so a rule that stops matching, or a glob that misses a barrel import, fails here and not in review.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = join(ROOT, 'eslint.config.js');

type Lint = (filePath: string, code: string) => Promise<ESLint.LintResult['messages']>;

function linterAt(cwd: string): Lint {
  // Type-aware rules need files on disk; the walls do not, so those rules are off for virtual files.
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: CONFIG,
    overrideConfig: [tseslint.configs.disableTypeChecked],
  });
  return async (filePath, code) => {
    const [result] = await eslint.lintText(code, { filePath: join(cwd, filePath) });
    return result?.messages ?? [];
  };
}

describe('the walls between layers fail lint', () => {
  let lint: Lint;
  beforeAll(() => {
    lint = linterAt(ROOT);
  });

  for (const [name, wall] of Object.entries(WALLS)) {
    it(`rejects: ${name}`, async () => {
      const messages = await lint(wall.file, wall.code);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      const broken = messages.filter((m) => m.ruleId === wall.rule);
      expect(broken, `${wall.file}: ${JSON.stringify(messages)}`).not.toEqual([]);
      if (wall.says) expect(broken.map((m) => m.message).join('\n')).toMatch(wall.says);
    });
  }

  for (const [name, ok] of Object.entries(ALLOWED)) {
    it(`allows: ${name}`, async () => {
      expect(await lint(ok.file, ok.code)).toEqual([]);
    });
  }
});

describe('an import cycle fails lint', () => {
  // A cycle needs both files on disk: they are written to a scratch project that uses the same config.
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lint-walls-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    };
    write('src/engine/ring-a.ts', "import { b } from './ring-b';\nexport const a = (): number => b() + 1;\n");
    write('src/engine/ring-b.ts', "import { a } from './ring-a';\nexport const b = (): number => a() - 1;\n");
    write('src/engine/line-a.ts', "import { c } from './line-c';\nexport const a = (): number => c() + 1;\n");
    write('src/engine/line-c.ts', 'export const c = (): number => 1;\n');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('rejects two modules that import each other', async () => {
    const lint = linterAt(scratch);
    const messages = await lint(
      'src/engine/ring-a.ts',
      "import { b } from './ring-b';\nexport const a = (): number => b() + 1;\n",
    );
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('allows an import that does not come back', async () => {
    const lint = linterAt(scratch);
    const messages = await lint(
      'src/engine/line-a.ts',
      "import { c } from './line-c';\nexport const a = (): number => c() + 1;\n",
    );
    expect(messages).toEqual([]);
  });
});
