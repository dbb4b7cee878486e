import type { Plan } from '../../domain';
import { conditionText, triggerProgress, type TriggerProgress } from '../../engine';

function stateText(p: TriggerProgress): string {
  if (p.latched) return 'Fired: latched until rollback or override';
  if (p.notEvaluable) return `Not evaluated: ${p.notEvaluable}`;
  if (!p.latest) return 'No sample yet';
  if (p.bad.length === 0) return 'Within threshold';
  return `${p.bad.length} of ${p.needed} bad samples${p.window ? ` (last ${p.window})` : ' in a row'}`;
}

/** Where each enabled trigger stands over the samples so far: nobody has to assume a silent one passed. */
export function TriggerStatusList({ plan }: { plan: Plan }) {
  const rows = plan.rollback.triggers.filter((t) => t.enabled).map((t) => triggerProgress(plan, t));
  if (rows.length === 0) return <p className="muted">The plan has no enabled rollback trigger.</p>;
  return (
    <ul className="trigger-states" aria-label="Trigger states">
      {rows.map((p) => (
        <li
          key={p.trigger.id}
          className={p.latched ? 'trigger-fired' : p.bad.length > 0 ? 'trigger-warn' : undefined}
        >
          <span className="rule-id">{p.trigger.ruleId}</span>
          <span className="trigger-what">
            {p.trigger.description} <span className="muted">({conditionText(p.trigger)})</span>
          </span>
          <strong>{stateText(p)}</strong>
        </li>
      ))}
    </ul>
  );
}
