import { RemoveButton } from '../../components/controls';
import { TextAreaCell } from '../../components/inline-cells';
import type { Phase } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { addStep, removeStep, updateStep } from './phases-ops';

export function StepsEditor({ phase, phaseIndex }: { phase: Phase; phaseIndex: number }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  return (
    <div className="sub-section" data-path={`execution.phases[${phaseIndex}].steps`}>
      <h4>Steps</h4>
      <ol className="steps-list">
        {phase.steps.map((step, i) => (
          <li key={step.id} data-path={`execution.phases[${phaseIndex}].steps[${i}]`}>
            <TextAreaCell
              label={`Step ${i + 1} of ${phase.name}`}
              value={step.text}
              required
              placeholder="What to do, in words"
              onCommit={(v) => planEdited((p) => updateStep(p, phase.id, step.id, { text: v }))}
            />
            <TextAreaCell
              label={`SQL of step ${i + 1} of ${phase.name}`}
              value={step.sql}
              className="code"
              placeholder="SQL run by this step (optional)"
              onCommit={(v) => planEdited((p) => updateStep(p, phase.id, step.id, { sql: v }))}
            />
            <RemoveButton
              label={`Remove step ${i + 1} from ${phase.name}`}
              onClick={() => planEdited((p) => removeStep(p, phase.id, step.id))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          planEdited((p) => addStep(p, phase.id, { id: getServices().newId(), text: 'New step', sql: '' }))
        }
      >
        Add step to {phase.name}
      </button>
    </div>
  );
}
