import type { Component, DependencyEdge } from '../domain';
import type { ConsumerToNotify } from './types';

export type DependencyAnalysis = {
  /** Component ids in waves: each after every component it depends on. */
  waves: string[][];
  /** Strongly connected groups (size > 1, or a component that depends on itself), in plan order. */
  cycles: string[][];
  /** Edge indexes whose `from` or `to` names no component. */
  danglingEdges: number[];
  /** Downstream consumers (see consumersToNotify), found in the same pass over the edges. */
  consumers: ConsumerToNotify[];
};

/** Components by id; with duplicate ids the first one wins, as in the plan's own listing. */
function indexById(components: readonly Component[]): Map<string, number> {
  const byId = new Map<string, number>();
  components.forEach((c, index) => {
    if (!byId.has(c.id)) byId.set(c.id, index);
  });
  return byId;
}

/**
 * Edges say "from is consumed by to", so `to` depends on `from` and comes in a later wave.
 * Cycles are collapsed with Tarjan's algorithm (iterative, so 50,000 components cannot overflow the
 * stack); the members of a cycle share one wave, placed after everything the cycle depends on. This
 * keeps every component in some wave, which the UI needs, and still names each cycle. O(V + E).
 */
export function analyseDependencies(
  components: readonly Component[],
  edges: readonly DependencyEdge[],
): DependencyAnalysis {
  const n = components.length;
  const byId = indexById(components);
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const selfLoop = new Uint8Array(n);
  const consumer = new Uint8Array(n);
  const danglingEdges: number[] = [];
  let m = 0;
  edges.forEach((edge, index) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from === undefined || to === undefined) {
      danglingEdges.push(index);
      return;
    }
    if (from === to) selfLoop[from] = 1;
    else consumer[to] = 1;
    target[m] = to;
    next[m] = head[from] ?? -1;
    head[from] = m;
    m += 1;
  });

  // Tarjan, iterative. comp[v] is the SCC number; SCCs come out in reverse topological order.
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callV = new Int32Array(n);
  const callE = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let compCount = 0;
  for (let root = 0; root < n; root += 1) {
    if ((order[root] ?? 0) !== -1) continue;
    let depth = 0;
    callV[0] = root;
    callE[0] = head[root] ?? -1;
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callV[depth] ?? 0;
      const e = callE[depth] ?? -1;
      if (e !== -1) {
        callE[depth] = next[e] ?? -1;
        const w = target[e] ?? 0;
        if ((order[w] ?? 0) === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth += 1;
          callV[depth] = w;
          callE[depth] = head[w] ?? -1;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        }
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp] ?? 0;
          onStack[w] = 0;
          comp[w] = compCount;
        } while (w !== v);
        compCount += 1;
      }
      depth -= 1;
      if (depth >= 0) {
        const parent = callV[depth] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      }
    }
  }

  // Tarjan numbers SCCs sinks first, so walking from the highest number visits sources first:
  // each SCC's wave is one more than the deepest wave among the SCCs it depends on.
  const members: number[][] = Array.from({ length: compCount }, () => []);
  for (let v = 0; v < n; v += 1) members[comp[v] ?? 0]?.push(v);
  const level = new Int32Array(compCount);
  let maxLevel = -1;
  for (let c = compCount - 1; c >= 0; c -= 1) {
    const lc = level[c] ?? 0;
    if (lc > maxLevel) maxLevel = lc;
    for (const v of members[c] ?? []) {
      for (let e = head[v] ?? -1; e !== -1; e = next[e] ?? -1) {
        const d = comp[target[e] ?? 0] ?? 0;
        if (d !== c && (level[d] ?? 0) < lc + 1) level[d] = lc + 1;
      }
    }
  }
  const waves: string[][] = Array.from({ length: maxLevel + 1 }, () => []);
  const seenComp = new Uint8Array(compCount);
  const cycles: string[][] = [];
  const consumers: ConsumerToNotify[] = [];
  for (let v = 0; v < n; v += 1) {
    const c = comp[v] ?? 0;
    const component = components[v];
    if (!component || byId.get(component.id) !== v) continue;
    const id = component.id;
    waves[level[c] ?? 0]?.push(id);
    if (consumer[v]) {
      consumers.push({ componentId: id, name: component.name, ownerTeam: component.ownerTeam });
    }
    if (seenComp[c]) continue;
    seenComp[c] = 1;
    const group = members[c] ?? [];
    if (group.length > 1 || selfLoop[v]) cycles.push(group.map((u) => components[u]?.id ?? ''));
  }
  return { waves: waves.filter((w) => w.length > 0), cycles, danglingEdges, consumers };
}

/**
 * Standalone form of DependencyAnalysis.consumers: components that consume another component (appear
 * as `to` of an edge whose `from` is known) must be told of the migration (FM-04, GR-07). The plan
 * does not mark which components migrate and which only consume, so every consumer is listed once,
 * in plan order.
 */
export function consumersToNotify(
  components: readonly Component[],
  edges: readonly DependencyEdge[],
): ConsumerToNotify[] {
  return analyseDependencies(components, edges).consumers;
}
