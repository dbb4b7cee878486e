import type { Plugin } from 'vite';

/** A module's static imports, by id: what it cannot run without. */
export type StaticImports = (id: string) => readonly string[];

/** Every module `roots` reach through static imports, the roots included. */
export function staticClosure(roots: Iterable<string>, imports: StaticImports): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...imports(id));
  }
  return seen;
}

/**
 * The modules a route runs before its first frame that the first load has not brought already:
 * what `roots` reach statically, less what the entries reach. Those are the ones worth one chunk.
 */
export function routeModules(
  entries: Iterable<string>,
  roots: Iterable<string>,
  imports: StaticImports,
): Set<string> {
  const loaded = staticClosure(entries, imports);
  const route = staticClosure(roots, imports);
  for (const id of loaded) route.delete(id);
  return route;
}

/** What `output.codeSplitting.groups` takes (rolldown's CodeSplittingGroup, the fields used here). */
export type RouteChunkGroup = {
  name: string;
  test: (id: string) => boolean;
  priority: number;
  includeDependenciesRecursively: false;
};

/**
 * One chunk for everything a route needs before its first frame. Left to itself the bundler splits
 * a lazily loaded screen into one chunk per set of screens that share a module: the editor opened
 * on Assessment fetched, compiled and linked 18 files, many under 1 KB, and on a page load that
 * chain of small requests, not their size, was what the page waited for. The plugin reads the
 * module graph once it is built; the group then takes exactly the route's own modules (never one
 * the first load already has, so the entry never imports this chunk) and nothing they do not reach.
 * The other screens that share some of those modules import them from this chunk.
 */
export function routeChunk(options: { name: string; roots: readonly string[] }): {
  plugin: Plugin;
  group: RouteChunkGroup;
} {
  let modules = new Set<string>();
  const plugin: Plugin = {
    name: `migration-workbench:route-chunk:${options.name}`,
    apply: 'build',
    buildStart() {
      modules = new Set();
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const roots = ids.filter((id) => options.roots.some((root) => id.endsWith(root)));
      if (roots.length !== options.roots.length) {
        // A root renamed or moved: fail the build rather than quietly fall back to many small chunks.
        const missing = options.roots.filter((root) => !roots.some((id) => id.endsWith(root)));
        this.error(`route chunk "${options.name}": no module ${missing.join(', ')} in the build`);
      }
      modules = routeModules(entries, roots, imports);
    },
  };
  return {
    plugin,
    group: {
      name: options.name,
      test: (id) => modules.has(id),
      priority: 10,
      includeDependenciesRecursively: false,
    },
  };
}
