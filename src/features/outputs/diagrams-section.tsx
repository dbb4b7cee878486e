import { memo, useDeferredValue, useMemo, useState } from 'react';
import { MermaidDiagram } from '../../components/mermaid-diagram';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import type { DiagramId } from '../../exporters/diagrams';
import { planFileName } from '../../exporters/plan-json';
import { DIAGRAM_IDS, screenDiagramOf } from './diagrams-cache';

type Input = { plan: Plan; evaluation: Evaluation };

/** Memoised: a card builds its diagram in its own render (diagrams-cache.ts says why). */
const DiagramCard = memo(function DiagramCard({
  input,
  id,
  fileBase,
  hold,
}: {
  input: Input;
  id: DiagramId;
  fileBase: string;
  hold: boolean;
}) {
  const diagram = screenDiagramOf(input.plan, input.evaluation, id);
  const [viewIndex, setViewIndex] = useState(0);
  const index = Math.min(viewIndex, diagram.views.length - 1);
  const view = diagram.views[index];
  const selectId = `diagram-view-${diagram.id}`;
  return (
    <section className="card diagram-card" aria-labelledby={`${diagram.id}-heading`}>
      <h3 id={`${diagram.id}-heading`}>{diagram.title}</h3>
      {diagram.note ? <p className="banner banner-info">{diagram.note}</p> : null}
      {diagram.views.length > 1 ? (
        <div className="row no-print">
          <label htmlFor={selectId}>View</label>
          <select id={selectId} value={index} onChange={(e) => setViewIndex(Number(e.target.value))}>
            {diagram.views.map((v, i) => (
              <option key={v.title} value={i}>
                {v.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view ? (
        <>
          {view.note ? <p className="muted">{view.note}</p> : null}
          <MermaidDiagram
            source={view.source}
            title={diagram.title}
            fileBase={`${fileBase}-${diagram.id}${diagram.views.length > 1 ? `-${index + 1}` : ''}`}
            hold={hold}
          />
        </>
      ) : null}
    </section>
  );
});

/**
 * The diagrams follow an edit a render later (useDeferredValue): a keystroke on this step is drawn
 * with the diagrams as they were, and the new texts are built in a background render that React
 * splits between the cards and drops for a newer keystroke.
 */
export function DiagramsSection({ plan, evaluation, hold }: Input & { hold: boolean }) {
  const input = useDeferredValue(useMemo(() => ({ plan, evaluation }), [plan, evaluation]));
  const fileBase = planFileName(input.plan, '').replace(/\.$/, '');
  return (
    <section className="stack" aria-labelledby="diagrams-heading">
      <h2 id="diagrams-heading">Diagrams</h2>
      {DIAGRAM_IDS.map((id) => (
        <DiagramCard key={id} input={input} id={id} fileBase={fileBase} hold={hold} />
      ))}
    </section>
  );
}
