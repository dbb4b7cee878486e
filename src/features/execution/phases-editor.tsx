import { PlanSection } from '../../components/plan-section';
import type { Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { useEvaluation } from '../../state/use-evaluation';
import { PhaseCard } from './phase-card';
import { addPhase } from './phases-ops';

export function PhasesEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const { phases } = plan.execution;
  const ponr = plan.rollback.pointOfNoReturn;
  const evaluation = useEvaluation();
  const computed = evaluation?.pointOfNoReturn.computed?.phaseId ?? null;
  return (
    <PlanSection
      path="execution.phases"
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
        <ol className="phase-list">
          {phases.map((phase, i) => (
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
