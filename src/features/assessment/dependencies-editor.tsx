import { memo, useState, type FormEvent } from 'react';
import { RemoveButton } from '../../components/controls';
import { Labelled } from '../../components/field';
import { PlanSection } from '../../components/plan-section';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import { useWorkbench } from '../../state';
import { ComponentPicker } from './component-picker';
import { addDependency, edgeProblem, removeDependency } from './components-ops';

const LIST_LIMIT = 30;

const PROBLEM_TEXT = {
  self: 'A component cannot consume itself.',
  duplicate: 'That dependency is already listed.',
  unknown: 'Choose two components.',
} as const;

function DependenciesEditorView({ plan, evaluation }: { plan: Plan; evaluation: Evaluation | null }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const { components, dependencies } = plan.assessment;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const nameOf = new Map(components.map((c) => [c.id, c.name]));
  const problem = from && to ? edgeProblem(plan, { from, to }) : null;
  // Long lists are cut to a screenful until asked for: a 2,000-component plan stays quick to open.
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? dependencies : dependencies.slice(0, LIST_LIMIT);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || problem) return;
    planEdited((p) => addDependency(p, { from, to }));
    setTo('');
  };

  return (
    <PlanSection path="assessment.dependencies" headingId="deps-heading" heading="Dependencies" focusable>
      {components.length < 2 ? (
        <p className="muted">Add at least two components to say which consumes which.</p>
      ) : (
        <form className="inline-form" onSubmit={add} aria-label="Add a dependency">
          <Labelled id="dep-from" label="Component">
            {(id) => <ComponentPicker id={id} components={components} value={from} onChange={setFrom} />}
          </Labelled>
          <Labelled id="dep-to" label="is consumed by">
            {(id) => <ComponentPicker id={id} components={components} value={to} onChange={setTo} />}
          </Labelled>
          <button type="submit" disabled={!from || !to || problem !== null}>
            Add dependency
          </button>
          {problem ? <span className="field-error">{PROBLEM_TEXT[problem]}</span> : null}
        </form>
      )}
      {dependencies.length > 0 ? (
        <ul className="edge-list" aria-label="Dependencies">
          {shown.map((edge, i) => (
            <li key={`${edge.from}-${edge.to}`} data-path={`assessment.dependencies[${i}]`}>
              <span>
                <strong>{nameOf.get(edge.from) ?? edge.from}</strong> is consumed by{' '}
                <strong>{nameOf.get(edge.to) ?? edge.to}</strong>
              </span>
              <RemoveButton
                label={`Remove: ${nameOf.get(edge.from) ?? edge.from} is consumed by ${nameOf.get(edge.to) ?? edge.to}`}
                onClick={() => planEdited((p) => removeDependency(p, i))}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {dependencies.length > LIST_LIMIT ? (
        <button type="button" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${LIST_LIMIT}` : `Show all ${dependencies.length} dependencies`}
        </button>
      ) : null}
      {evaluation && components.length > 0 ? <DerivedOrder plan={plan} evaluation={evaluation} /> : null}
    </PlanSection>
  );
}

function DerivedOrder({ plan, evaluation }: { plan: Plan; evaluation: Evaluation }) {
  const [showAll, setShowAll] = useState(false);
  const consumers = showAll
    ? evaluation.consumersToNotify
    : evaluation.consumersToNotify.slice(0, LIST_LIMIT);
  const nameOf = new Map(plan.assessment.components.map((c) => [c.id, c.name]));
  const names = (ids: string[]) => ids.map((id) => nameOf.get(id) ?? id).join(', ');
  return (
    <div className="derived">
      <div>
        <h3>Wave order</h3>
        <ol className="waves" aria-label="Wave order">
          {evaluation.waves.map((wave, i) => (
            <li key={i}>
              <span className="tag">Wave {i + 1}</span> {names(wave)}
            </li>
          ))}
        </ol>
        {evaluation.cycles.length > 0 ? (
          <p className="field-error" role="alert">
            Cycle{evaluation.cycles.length > 1 ? 's' : ''}:{' '}
            {evaluation.cycles.map((c) => names(c)).join(' · ')}. Break the loop to order the waves.
          </p>
        ) : null}
      </div>
      <div>
        <h3>Downstream consumers to notify</h3>
        {evaluation.consumersToNotify.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="plain-list" aria-label="Downstream consumers to notify">
            {consumers.map((c) => (
              <li key={c.componentId}>
                {c.name} <span className="muted">{c.ownerTeam ? `(${c.ownerTeam})` : '(no owner team)'}</span>
              </li>
            ))}
          </ul>
        )}
        {evaluation.consumersToNotify.length > LIST_LIMIT ? (
          <button type="button" onClick={() => setShowAll(!showAll)}>
            {showAll
              ? `Show the first ${LIST_LIMIT}`
              : `Show all ${evaluation.consumersToNotify.length} consumers`}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Typing elsewhere must not re-render 2 x N dependency options; only components, edges and the derived order matter. */
export const DependenciesEditor = memo(
  DependenciesEditorView,
  (a, b) =>
    a.plan.assessment.components === b.plan.assessment.components &&
    a.plan.assessment.dependencies === b.plan.assessment.dependencies &&
    (a.evaluation === b.evaluation ||
      (a.evaluation !== null &&
        b.evaluation !== null &&
        JSON.stringify([a.evaluation.waves, a.evaluation.cycles, a.evaluation.consumersToNotify]) ===
          JSON.stringify([b.evaluation.waves, b.evaluation.cycles, b.evaluation.consumersToNotify]))),
);
