import { Deferred } from '../../components/deferred';
import type { Plan } from '../../domain';
// Imported directly, not through the state barrel, so the engine stays out of the first load.
import { useEvaluation } from '../../state/use-evaluation';
import { DiagramsSection } from './diagrams-section';
import { DiffSection } from './diff-section';
import { DocumentsSection } from './documents-section';
import { ShareSection } from './share-section';
import './outputs.css';

export function OutputsStep({ plan }: { plan: Plan }) {
  const evaluation = useEvaluation();
  if (!evaluation) return <p className="muted">Evaluating the plan…</p>;
  return (
    <div className="stack outputs">
      <DocumentsSection plan={plan} evaluation={evaluation} />
      {/* Below the fold: diagrams (large SVGs once drawn), the link and the diff follow a pass later. */}
      <Deferred minHeight="40rem">
        <DiagramsSection plan={plan} evaluation={evaluation} />
        <ShareSection plan={plan} />
        <DiffSection plan={plan} />
      </Deferred>
    </div>
  );
}
