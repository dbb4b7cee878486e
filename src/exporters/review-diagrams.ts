import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import type { Diagram } from './diagrams';
import { html as h } from './escape';
import { timelineOrigin } from './mermaid-gantt';
import { row, table } from './review-parts';
import { formatMoment } from '../domain/time-format';

/** Rendered diagrams, keyed `${diagram.id}:${viewIndex}`; a missing one falls back to its source. */
export type RenderedSvgs = Record<string, string>;

/**
 * The most views of one diagram the review draws. Mermaid takes about half a second a view (a
 * 120-node flowchart, 2-core laptop) and writes ~100 KB of SVG for it: a 10,000-component plan cut
 * into 84 dependency views took 44 s and 9.6 MB, and nobody reads 84 pieces of a graph. Past this,
 * the review gives the same facts as the tables it already has (components by wave, the phases),
 * and the Outputs step still draws every view.
 */
export const REVIEW_MAX_VIEWS = 2;

export const drawnInReview = (diagram: Diagram) => diagram.views.length <= REVIEW_MAX_VIEWS;

/**
 * The SVGs come from Mermaid in strict mode, but they are text handed to this function, so they are
 * stripped of anything active as well: script elements, event handler attributes, javascript: URLs.
 */
export function inertSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) return '';
  return svg
    .slice(start)
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script[^>]*\/?>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href\s*=\s*["']?)\s*javascript:/gi, '$1#');
}

/** The engine's timeline as a table: when each phase and the soak start, and for how long. */
function timelineTable(plan: Plan, e: Evaluation): string {
  const origin = timelineOrigin(plan);
  let phase = 0;
  const rows = e.estimate.timeline.map((entry) => {
    const name = entry.kind === 'soak' ? 'Soak' : `${(phase += 1)}. ${h(entry.label)}`;
    const start =
      origin === null
        ? `+${entry.startOffsetHours.toFixed(1)} h`
        : formatMoment(new Date(origin + entry.startOffsetHours * 3_600_000), plan.timeZone);
    return row([name, h(start), entry.durationHours.toFixed(1)]);
  });
  const from = origin === null ? 'Starts are hours from the first phase (no start time is planned).' : '';
  return `${from === '' ? '' : `<p class="muted">${from}</p>`}${table(['Phase', 'Starts', 'Hours'], rows)}`;
}

function insteadOf(diagram: Diagram, plan: Plan, e: Evaluation): string {
  const why = `Not drawn here: it takes ${diagram.views.length} views (the Outputs step draws each).`;
  switch (diagram.id) {
    case 'dependencies':
      return `<p class="muted">${why} The components, their waves and what consumes each are in the <a href="#assessment">Components</a> table.</p>`;
    case 'phase-flow':
      return `<p class="muted">${why} The phases in order, their gates and the point of no return are under <a href="#execution">Execution</a>.</p>`;
    case 'timeline':
      return `<p class="muted">${why} The same timeline as a table:</p>${timelineTable(plan, e)}`;
  }
}

export function diagramsHtml(plan: Plan, e: Evaluation, diagrams: Diagram[], svgs: RenderedSvgs): string {
  const parts = ['<h2 id="diagrams">Diagrams</h2>'];
  for (const d of diagrams) {
    parts.push(`<h3>${h(d.title)}</h3>`);
    if (!drawnInReview(d)) {
      parts.push(insteadOf(d, plan, e));
      continue;
    }
    if (d.note) parts.push(`<p class="muted">${h(d.note)}</p>`);
    d.views.forEach((view, i) => {
      const svg = svgs[`${d.id}:${i}`];
      const body = svg
        ? inertSvg(svg)
        : `<p class="muted">Not rendered; Mermaid source:</p><pre>${h(view.source)}</pre>`;
      parts.push(
        `<figure class="diagram" aria-label="${h(view.title)}">${d.views.length > 1 ? `<figcaption>${h(view.title)}${view.note ? `: ${h(view.note)}` : ''}</figcaption>` : ''}${body}</figure>`,
      );
    });
  }
  return parts.join('\n');
}
