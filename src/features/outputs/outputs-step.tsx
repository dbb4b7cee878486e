import { Deferred } from '../../components/deferred';
import type { Plan } from '../../domain';
import { useWorkbench, verdictPending } from '../../state';
import { DiagramsSection } from './diagrams-section';
import { DiffSection } from './diff-section';
import { DocumentsSection } from './documents-section';
import { ShareSection } from './share-section';
import './outputs.css';

export function OutputsStep({ plan }: { plan: Plan }) {
  // The store's evaluation is of the store's plan; a hidden step may still hold an older one.
  const evaluation = useWorkbench((s) => (s.evaluatedPlan === plan ? s.evaluation : null));
  const pending = verdictPending(useWorkbench((s) => s.evaluationStatus));
  const nowMs = useWorkbench((s) => s.nowMs);
  if (!evaluation) return <p className="muted">Evaluating the plan…</p>;
  return (
    <div className="stack outputs">
      <DocumentsSection plan={plan} evaluation={evaluation} pending={pending} now={new Date(nowMs)} />
      {/* Below the fold: diagrams (large SVGs once drawn), the link and the diff follow a pass later. */}
      <Deferred minHeight="40rem">
        <DiagramsSection plan={plan} evaluation={evaluation} hold={pending !== null} />
        <ShareSection plan={plan} />
        <DiffSection plan={plan} />
      </Deferred>
    </div>
  );
}
