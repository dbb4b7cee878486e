import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { mermaidLabel } from './escape';
import {
  joinNotes,
  plural,
  splitIntoViews,
  viewTitle,
  WAVE_COLOURS,
  type DiagramBuilder,
  type DiagramView,
} from './mermaid-common';

/** Component indexes in wave order; components in a cycle (no wave) come last, in wave -1. */
function ordered(plan: Plan, evaluation: Evaluation): Array<{ index: number; wave: number }> {
  const byId = new Map<string, number[]>();
  plan.assessment.components.forEach((c, i) => byId.set(c.id, [...(byId.get(c.id) ?? []), i]));
  const out: Array<{ index: number; wave: number }> = [];
  const placed = new Set<number>();
  evaluation.waves.forEach((wave, w) => {
    for (const id of wave)
      for (const index of byId.get(id) ?? []) {
        if (placed.has(index)) continue;
        placed.add(index);
        out.push({ index, wave: w });
      }
  });
  plan.assessment.components.forEach((_, index) => {
    if (!placed.has(index)) out.push({ index, wave: -1 });
  });
  return out;
}

type Edge = { from: number; to: number };

/**
 * The edges inside each view and the count crossing out of it, for views of `size` consecutive
 * components in wave order: one pass over the edges per view size, instead of one per view (10,000
 * components make 84 views, and filtering every edge for each took most of the diagram's time).
 */
function viewEdges(edges: readonly Edge[], position: ReadonlyMap<number, number>) {
  let cached: { size: number; own: Edge[][]; crossing: number[] } | null = null;
  return (size: number, view: number): { own: Edge[]; crossing: number } => {
    if (cached?.size !== size) {
      const own: Edge[][] = [];
      const crossing: number[] = [];
      for (const e of edges) {
        const from = Math.floor((position.get(e.from) ?? 0) / size);
        const to = Math.floor((position.get(e.to) ?? 0) / size);
        if (from === to) (own[from] ??= []).push(e);
        else {
          crossing[from] = (crossing[from] ?? 0) + 1;
          crossing[to] = (crossing[to] ?? 0) + 1;
        }
      }
      cached = { size, own, crossing };
    }
    return { own: cached.own[view] ?? [], crossing: cached.crossing[view] ?? 0 };
  };
}

export const dependencyDiagram: DiagramBuilder = (plan, evaluation, limits) => {
  const components = plan.assessment.components;
  const order = ordered(plan, evaluation);
  const firstIndex = new Map<string, number>();
  components.forEach((c, i) => {
    if (!firstIndex.has(c.id)) firstIndex.set(c.id, i);
  });
  const edges = plan.assessment.dependencies.flatMap((d) => {
    const from = firstIndex.get(d.from);
    const to = firstIndex.get(d.to);
    return from === undefined || to === undefined ? [] : [{ from, to }];
  });
  const dangling = plan.assessment.dependencies.length - edges.length;
  const position = new Map<number, number>();
  order.forEach(({ index }, at) => position.set(index, at));
  const edgesOf = viewEdges(edges, position);

  const build = (start: number, end: number, index: number, total: number, size: number): DiagramView => {
    const slice = order.slice(start, end);
    const { own, crossing } = edgesOf(size, index);
    const lines = ['flowchart LR'];
    let wave = Number.NaN;
    for (const { index: i, wave: w } of slice) {
      if (w !== wave) {
        if (!Number.isNaN(wave)) lines.push('  end');
        wave = w;
        const label = w < 0 ? 'In a dependency cycle (no wave)' : `Wave ${w + 1}`;
        lines.push(`  subgraph W${w < 0 ? 'x' : w}["${mermaidLabel(label)}"]`);
      }
      const c = components[i];
      if (!c) continue;
      const team = c.ownerTeam.trim() === '' ? '' : `<br/>${mermaidLabel(c.ownerTeam, 40)}`;
      lines.push(
        `    n${i}["${mermaidLabel(c.name)}${team}"]:::${w < 0 ? 'cycle' : `w${w % WAVE_COLOURS.length}`}`,
      );
    }
    if (!Number.isNaN(wave)) lines.push('  end');
    const drawn = own.slice(0, limits.maxEdges);
    for (const e of drawn) lines.push(`  n${e.from} --> n${e.to}`);
    WAVE_COLOURS.forEach((colour, w) => lines.push(`  classDef w${w} fill:${colour},stroke:#475569`));
    lines.push('  classDef cycle fill:#fee2e2,stroke:#b91c1c,stroke-width:2px');
    const notes: string[] = [];
    if (total > 1) notes.push(`Components ${start + 1} to ${end} of ${order.length}, in wave order.`);
    if (crossing > 0)
      notes.push(
        `${plural(crossing, 'dependency', 'dependencies')} cross into other views and are not drawn here.`,
      );
    if (own.length > drawn.length)
      notes.push(`Only the first ${drawn.length} of ${own.length} dependencies are drawn.`);
    if (components.length === 0) lines.push('  empty["No components yet"]');
    return {
      title: viewTitle('Dependency graph', index, total),
      note: joinNotes(notes),
      source: `${lines.join('\n')}\n`,
    };
  };

  // Split by node count, then make sure no view's own edges exceed the budget either.
  let perView = Math.max(1, limits.maxNodes);
  if (edges.length > limits.maxEdges && order.length > 0) {
    const density = edges.length / order.length;
    perView = Math.max(1, Math.min(perView, Math.floor(limits.maxEdges / Math.max(1, density))));
  }
  const views = splitIntoViews(order.length, perView, limits.maxTextSize, build);
  const notes: string[] = [];
  if (views.length > 1)
    notes.push(
      `${plural(components.length, 'component')} and ${plural(edges.length, 'dependency', 'dependencies')} are more than draws well at once, so the graph is split into ${views.length} views by wave.`,
    );
  if (dangling > 0)
    notes.push(`${plural(dangling, 'dependency', 'dependencies')} name a component that does not exist.`);
  return {
    id: 'dependencies',
    title: 'Dependency graph',
    note: joinNotes(notes),
    views,
  };
};
