import { describe, expect, it } from 'vitest';
import { routeChunk, routeModules, staticClosure } from './vite-plugin-route-chunk';

// index.html → main → app → router, react; app lazily imports editor-shell, which imports form,
// components (shared with the entry through router) and zod; load imports zod and upgrades.
const GRAPH: Record<string, string[]> = {
  '/p/index.html': ['/p/src/main.tsx'],
  '/p/src/main.tsx': ['/p/src/app/app.tsx', '/nm/react/index.js'],
  '/p/src/app/app.tsx': ['/p/src/components/router.ts', '/nm/react/index.js'],
  '/p/src/components/router.ts': [],
  '/nm/react/index.js': [],
  '/p/src/app/editor-shell.tsx': [
    '/p/src/components/form.tsx',
    '/p/src/components/router.ts',
    '/nm/zod/index.js',
  ],
  '/p/src/components/form.tsx': ['/nm/react/index.js'],
  '/p/src/domain/load.ts': ['/nm/zod/index.js', '/p/src/domain/upgrades.ts'],
  '/p/src/domain/upgrades.ts': ['/p/src/domain/load.ts'],
  '/nm/zod/index.js': [],
  '/p/src/features/strategy.tsx': ['/p/src/components/form.tsx'],
};
const imports = (id: string) => GRAPH[id] ?? [];

describe('route chunk', () => {
  it('follows static imports, cycles included, from every root', () => {
    expect([...staticClosure(['/p/src/domain/load.ts'], imports)].sort()).toEqual([
      '/nm/zod/index.js',
      '/p/src/domain/load.ts',
      '/p/src/domain/upgrades.ts',
    ]);
  });

  it("takes the route's modules and none the first load already has", () => {
    const modules = routeModules(
      ['/p/index.html'],
      ['/p/src/app/editor-shell.tsx', '/p/src/domain/load.ts'],
      imports,
    );
    expect([...modules].sort()).toEqual([
      '/nm/zod/index.js',
      '/p/src/app/editor-shell.tsx',
      '/p/src/components/form.tsx',
      '/p/src/domain/load.ts',
      '/p/src/domain/upgrades.ts',
    ]);
  });

  /** The plugin's hooks against a built graph, as Vite calls them. */
  function build(roots: string[]) {
    const chunk = routeChunk({ name: 'editor-open', roots });
    const errors: string[] = [];
    const context = {
      getModuleIds: () => Object.keys(GRAPH)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ importedIds: GRAPH[id] ?? [], isEntry: id.endsWith('index.html') }),
      error: (message: string) => {
        errors.push(message);
        throw new Error(message);
      },
    };
    const hook = <T>(h: T) => h as unknown as (this: typeof context, ...args: unknown[]) => void;
    hook(chunk.plugin.buildStart).call(context);
    try {
      hook(chunk.plugin.buildEnd).call(context);
    } catch {
      // recorded in errors
    }
    return { group: chunk.group, errors };
  }

  it("gives the bundler a group that captures exactly those modules, and never the entry's", () => {
    const { group, errors } = build(['src/app/editor-shell.tsx', 'src/domain/load.ts']);
    expect(errors).toEqual([]);
    expect(group.name).toBe('editor-open');
    expect(group.includeDependenciesRecursively).toBe(false);
    expect(group.test('/p/src/components/form.tsx')).toBe(true);
    expect(group.test('/nm/zod/index.js')).toBe(true);
    expect(group.test('/p/src/components/router.ts')).toBe(false);
    expect(group.test('/nm/react/index.js')).toBe(false);
    expect(group.test('/p/src/features/strategy.tsx')).toBe(false);
  });

  it('fails the build when a root is not in it, naming the root', () => {
    const { group, errors } = build(['src/app/editor-shell.tsx', 'src/app/gone.tsx']);
    expect(errors).toEqual(['route chunk "editor-open": no module src/app/gone.tsx in the build']);
    expect(group.test('/p/src/app/editor-shell.tsx')).toBe(false);
  });
});
