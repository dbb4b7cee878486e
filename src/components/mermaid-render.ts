import type { Mermaid, MermaidConfig } from 'mermaid';
import { oneAtATimeQueue } from './one-at-a-time';

const CONFIG = {
  startOnLoad: false,
  // Plan text is untrusted (share links, imports): no HTML in labels, no click handlers.
  securityLevel: 'strict',
  // SVG text instead of HTML labels: HTML labels live in a foreignObject, which taints the
  // canvas (no PNG) and is not well-formed XML (no standalone SVG file).
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  maxEdges: 500,
  maxTextSize: 50_000,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // A gantt of a 6 h window plus a 24 h soak is unreadable squeezed to the column: it scrolls.
  gantt: { useMaxWidth: false, barHeight: 26, fontSize: 13, sectionFontSize: 13, leftPadding: 90 },
  // The timeline's critical bar (the maintenance window) is white text on pure red by default, about
  // 4:1 at 13 px; a darker red gives 6:1.
  themeVariables: { critBkgColor: '#b42318', critBorderColor: '#7a271a' },
} satisfies MermaidConfig;

/**
 * A small flowchart with every shape, link kind, subgraph and style the exporters write
 * (mermaid-flow.ts, mermaid-deps.ts). Drawn once before the first real diagram: see loadMermaid.
 */
export const WARM_UP_FLOWCHART = `flowchart LR
  subgraph W0["Wave 1"]
    a[("Backup")]:::danger
    b(["Start"])
  end
  c["1. Expand<br/>owner: A"]:::w0
  d{"Gate: 1 check"}:::gate
  e{{"Point of no return"}}
  b --> c
  c --> d
  d -. "fail: roll back" .-> b
  d -->|pass| e
  e --> a
  classDef gate fill:#e0f2fe,stroke:#0369a1
  classDef danger fill:#fff1f2,stroke:#b91c1c
  classDef w0 fill:#dbeafe,stroke:#475569
  linkStyle 2 stroke:#b91c1c,color:#b91c1c`;

// Each render starts in a task of its own (one-at-a-time.ts says why).
const oneAtATime = oneAtATimeQueue();
let counter = 0;
const nextId = () => `mmd-${(counter += 1)}`;

let loading: Promise<Mermaid> | null = null;

/**
 * Mermaid is about 700 KB: it is fetched the first time a diagram is drawn, never in the first load.
 * The first flowchart Mermaid draws after a page load runs cold code (its parser built, the layout
 * and drawing compiled): 400-700 ms in one task for a 36-node view. So the cold work is split into
 * tasks of its own, in the same queue as the renders and ahead of them: the module, its setup, the
 * flowchart parser (parsing the warm-up chart loads and builds it), then the warm-up chart drawn,
 * which compiles layout and drawing on a chart of eight nodes. The real diagrams then run warm. A
 * failed warm-up step is only a slower first diagram: it is not an error.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const api = await oneAtATime(() => import('mermaid').then((m) => m.default));
    await oneAtATime(() => Promise.resolve(api.initialize(CONFIG)));
    await oneAtATime(() => api.parse(WARM_UP_FLOWCHART)).catch(() => undefined);
    await oneAtATime(() => api.render(nextId(), WARM_UP_FLOWCHART)).catch(() => undefined);
    return api;
  })();
  // A failed import (offline before Mermaid was ever cached) is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const rendered = new Map<string, Promise<string>>();

/**
 * Renders Mermaid source to SVG text. The same source is drawn once per page, so switching steps or
 * editing an unrelated field does not redraw. Mermaid's error placeholder (it draws one, for
 * example, past maxTextSize) is turned into an error so that it is never shown as a diagram.
 */
export function renderMermaidSvg(source: string): Promise<string> {
  const cached = rendered.get(source);
  if (cached) return cached;
  const work = loadMermaid().then((api) =>
    oneAtATime(async () => {
      const { svg } = await api.render(nextId(), source);
      if (/aria-roledescription="error"|Syntax error in text|Maximum text size/.test(svg))
        throw new Error('Mermaid drew its error placeholder instead of the diagram.');
      return svg;
    }),
  );
  rendered.set(source, work);
  // A failure is not cached: the next attempt tries again.
  work.catch(() => rendered.delete(source));
  return work;
}
