import { useState } from 'react';
import { MermaidDiagram } from '../../components/mermaid-diagram';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import type { Diagram } from '../../exporters/diagrams';
import { planFileName } from '../../exporters/plan-json';
import { screenDiagramsOf } from './diagrams-cache';

function DiagramCard({ diagram, fileBase }: { diagram: Diagram; fileBase: string }) {
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
          />
        </>
      ) : null}
    </section>
  );
}

export function DiagramsSection({ plan, evaluation }: { plan: Plan; evaluation: Evaluation }) {
  const diagrams = screenDiagramsOf(plan, evaluation);
  const fileBase = planFileName(plan, '').replace(/\.$/, '');
  return (
    <section className="stack" aria-labelledby="diagrams-heading">
      <h2 id="diagrams-heading">Diagrams</h2>
      {diagrams.map((d) => (
        <DiagramCard key={d.id} diagram={d} fileBase={fileBase} />
      ))}
    </section>
  );
}
