import type { Plan } from '../domain';
import type { Evaluation } from '../engine';

/** One drawable piece of a diagram. Large plans are split into several views, each with a note. */
export type DiagramView = { title: string; note: string | null; source: string };

export type DiagramId = 'phase-flow' | 'timeline' | 'dependencies';

export type Diagram = {
  id: DiagramId;
  title: string;
  /** Why and how the diagram was split, or null when it is drawn whole. */
  note: string | null;
  views: DiagramView[];
};

/**
 * Budgets per view. Mermaid was measured at about 1 s per render for 200 nodes and 4 s for 500; its
 * default maxEdges is 500 and past maxTextSize (50,000) it silently draws an error placeholder. The
 * defaults keep every view well inside all three.
 */
export type DiagramLimits = { maxNodes: number; maxEdges: number; maxTextSize: number };
export const DEFAULT_LIMITS: DiagramLimits = { maxNodes: 120, maxEdges: 400, maxTextSize: 40_000 };
/** What each of the three diagrams is: the plan and its evaluation drawn within the budgets per view. */
export type DiagramBuilder = (plan: Plan, evaluation: Evaluation, limits: DiagramLimits) => Diagram;

/**
 * Budgets per view on the Outputs step, where Mermaid lays each view out on the tab's main thread in
 * one uninterrupted task, which may take 200 ms at most: a 120-node dependency view held the tab for
 * about 900 ms, and even with Mermaid warm (docs/performance.md) a 36-node view took 200-300 ms on a
 * shared 2-core machine, a 24-node one 180-240 ms and a 20-node one 140-200 ms (npm run bench:scale
 * prints the longest task on a 10,000-component plan). Files (runbook, review document, CLI) keep the
 * larger views: nobody waits on them while typing.
 */
export const SCREEN_LIMITS: DiagramLimits = { maxNodes: 20, maxEdges: 64, maxTextSize: 40_000 };

/**
 * Cuts `count` items into consecutive groups, starting from groups of `perView` and halving until
 * every view's text fits the size budget. Returns the views built for the final grouping.
 */
export function splitIntoViews(
  count: number,
  perView: number,
  maxTextSize: number,
  build: (start: number, end: number, index: number, total: number, size: number) => DiagramView,
): DiagramView[] {
  let size = Math.max(1, perView);
  for (;;) {
    const total = Math.max(1, Math.ceil(count / size));
    const views: DiagramView[] = [];
    for (let i = 0; i < total; i += 1) {
      views.push(build(i * size, Math.min(count, (i + 1) * size), i, total, size));
    }
    if (size === 1 || views.every((v) => v.source.length <= maxTextSize)) return views;
    size = Math.max(1, Math.floor(size / 2));
  }
}

/** A view's title: the diagram's own when it is drawn whole, else which view of how many this is. */
export const viewTitle = (title: string, index: number, total: number): string =>
  total === 1 ? title : `${title}, view ${index + 1} of ${total}`;

/** Notes said about a diagram or a view, as one note; null when there is nothing to say. */
export const joinNotes = (notes: readonly string[]): string | null =>
  notes.length > 0 ? notes.join(' ') : null;

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** Wave colours: readable with black text, distinct in greyscale print as well as on screen. */
export const WAVE_COLOURS = [
  '#dbeafe',
  '#dcfce7',
  '#fef9c3',
  '#fce7f3',
  '#e0e7ff',
  '#ffedd5',
  '#ccfbf1',
  '#f3e8ff',
] as const;
