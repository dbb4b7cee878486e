import { useState, type FormEvent } from 'react';
import { Checkbox, RemoveButton } from '../../components/controls';
import { fieldId } from '../../components/field';
import { PlanSection } from '../../components/plan-section';
import type { ChecklistItem, Plan } from '../../domain';
import { useWorkbench } from '../../state';

const updateItem = (plan: Plan, id: string, patch: Partial<ChecklistItem>): Plan => ({
  ...plan,
  execution: {
    ...plan.execution,
    checklist: plan.execution.checklist.map((item) => (item.id === id ? { ...item, ...patch } : item)),
  },
});

export function Checklist({ plan, newId }: { plan: Plan; newId: () => string }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [label, setLabel] = useState('');
  const items = plan.execution.checklist;
  const done = items.filter((i) => i.done).length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = label.trim();
    if (text === '') return;
    planEdited((p) => ({
      ...p,
      execution: {
        ...p.execution,
        checklist: [
          ...p.execution.checklist,
          { id: newId(), builtin: null, label: text.slice(0, 500), done: false, verifiedBy: '' },
        ],
      },
    }));
    setLabel('');
  };

  return (
    <PlanSection
      path="execution.checklist"
      headingId="checklist-heading"
      heading={
        <>
          Pre-migration checklist{' '}
          <span className="muted">
            {done} of {items.length} verified
          </span>
        </>
      }
      focusable
    >
      <ul className="checklist">
        {items.map((item, index) => (
          <li key={item.id} data-path={`execution.checklist[${index}]`}>
            <Checkbox
              id={fieldId(`execution.checklist[${index}].done`)}
              checked={item.done}
              onChange={(done) => planEdited((p) => updateItem(p, item.id, { done }))}
            >
              {item.label}
              {item.builtin ? null : <span className="tag">custom</span>}
            </Checkbox>
            <label className="visually-hidden" htmlFor={`verified-by-${item.id}`}>
              Verified by, for “{item.label}”
            </label>
            <input
              id={`verified-by-${item.id}`}
              className="input-small"
              placeholder="Verified by"
              value={item.verifiedBy}
              maxLength={500}
              onChange={(e) => planEdited((p) => updateItem(p, item.id, { verifiedBy: e.target.value }))}
            />
            {item.builtin ? null : (
              <RemoveButton
                label={`Remove “${item.label}”`}
                onClick={() =>
                  planEdited((p) => ({
                    ...p,
                    execution: {
                      ...p.execution,
                      checklist: p.execution.checklist.filter((i) => i.id !== item.id),
                    },
                  }))
                }
              />
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <label htmlFor="new-checklist-item">Add a custom item</label>
        <input
          id="new-checklist-item"
          value={label}
          maxLength={500}
          onChange={(e) => setLabel(e.target.value)}
          placeholder="e.g. Billing team on call for the window"
        />
        <button type="submit" disabled={label.trim() === ''}>
          Add item
        </button>
      </form>
    </PlanSection>
  );
}
