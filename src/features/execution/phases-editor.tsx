import { useRef } from 'react';
import { PlanSection } from '../../components/plan-section';
import type { Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { useEvaluation } from '../../state/use-evaluation';
import { PhaseCard } from './phase-card';
import { FIRST_PHASES } from './drawn-phases';
import { addPhase } from './phases-ops';
import { useDrawnPhases } from './use-drawn-phases';

const PATH = 'execution.phases';

export function PhasesEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const { phases } = plan.execution;
  const ponr = plan.rollback.pointOfNoReturn;
  const evaluation = useEvaluation();
  const computed = evaluation?.pointOfNoReturn.computed?.phaseId ?? null;
  const list = useRef<HTMLOListElement>(null);
  const { shown, drawing } = useDrawnPhases(phases.length, PATH, list);
  return (
    <PlanSection
      path={PATH}
      headingId="phases-heading"
      heading={
        <>
          Phases <span className="muted">{phases.length}</span>
        </>
      }
      focusable
      actions={
        <button
          type="button"
          className="primary"
          onClick={() => planEdited((p) => addPhase(p, getServices().newId()))}
        >
          Add phase
        </button>
      }
    >
      <p className="field-help">
        Run in order; verify each phase before the next. Reorder with the arrow buttons or Alt+↑ / Alt+↓
        inside a phase.
      </p>
      {phases.length === 0 ? (
        <p className="muted">
          No phases yet. A typical schema change has an expand phase, a migrate phase and, after the soak, a
          contract phase.
        </p>
      ) : (
        <ol
          ref={list}
          // A long list: the cards off screen are not laid out or painted until scrolled near
          // (content-visibility), so showing the step costs the cards on screen, not all of them.
          className={phases.length > FIRST_PHASES ? 'phase-list phase-list-long' : 'phase-list'}
          data-drawing={drawing ? PATH : undefined}
          aria-busy={drawing || undefined}
        >
          {phases.slice(0, shown).map((phase, i) => (
            <PhaseCard
              key={phase.id}
              phase={phase}
              index={i}
              count={phases.length}
              isPonr={ponr.exists === 'yes' && ponr.phaseId === phase.id}
              isComputedPonr={computed === phase.id}
              estimate={evaluation?.estimate.phases[i]}
            />
          ))}
        </ol>
      )}
    </PlanSection>
  );
}
