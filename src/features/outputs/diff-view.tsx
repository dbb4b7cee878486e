import { useMemo } from 'react';
import type { Plan } from '../../domain';
import { countChanges, diffPlans, type Change } from '../../exporters/plan-diff';

const KIND_LABEL: Record<Change['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

function ChangeRow({ change }: { change: Change }) {
  return (
    <li className={`diff-change diff-${change.kind}`}>
      <span className={`badge diff-badge-${change.kind}`}>{KIND_LABEL[change.kind]}</span>{' '}
      <strong>{change.label}</strong> <code className="muted">{change.path}</code>
      {change.kind === 'changed' ? (
        <div className="diff-values">
          <del aria-label="before">{change.before}</del> <ins aria-label="after">{change.after}</ins>
        </div>
      ) : null}
    </li>
  );
}

export function DiffView({ before, after, beforeName }: { before: Plan; after: Plan; beforeName: string }) {
  const sections = useMemo(() => diffPlans(before, after), [before, after]);
  const total = countChanges(sections);
  return (
    <div className="diff" aria-live="polite">
      <p role="status">
        {total === 0
          ? `No differences between this plan and ${beforeName}.`
          : `${total} change${total === 1 ? '' : 's'} from ${beforeName} to this plan.`}
      </p>
      {sections
        .filter((s) => s.changes.length > 0)
        .map((s) => (
          <section key={s.id} aria-labelledby={`diff-${s.id}`}>
            <h3 id={`diff-${s.id}`}>
              {s.title} <span className="count">{s.changes.length}</span>
            </h3>
            <ul className="diff-list">
              {s.changes.map((c) => (
                <ChangeRow key={`${c.kind}:${c.path}:${c.label}`} change={c} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
