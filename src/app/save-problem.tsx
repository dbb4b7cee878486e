import { useState } from 'react';
import type { ConflictChoice } from '../domain/plan-merge';
import { useWorkbench } from '../state';
import type { MergeConflictState } from '../state/sync-slice';
import './save-problem.css';

/**
 * Why the last save did not land; what this tab took from another tab's save; and, where both tabs
 * changed the same fields, each field with both versions side by side, for the person to choose.
 */
export function SaveProblem() {
  const status = useWorkbench((s) => s.saveStatus);
  const message = useWorkbench((s) => s.saveMessage);
  const conflict = useWorkbench((s) => s.mergeConflict);
  const notice = useWorkbench((s) => s.mergeNotice);
  const dismiss = useWorkbench((s) => s.mergeNoticeDismissed);
  return (
    <>
      {notice ? (
        <div className="banner banner-info" role="status">
          <span>{notice}</span>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
      {status === 'conflict' && conflict ? (
        <MergeQuestion conflict={conflict} message={message} />
      ) : message ? (
        <div className="banner banner-warning" role="alert">
          <span>{message}</span>
        </div>
      ) : null}
    </>
  );
}

/** The two versions of a field, each with the words that say whose it is. */
const SIDES: ReadonlyArray<readonly [ConflictChoice, string]> = [
  ['mine', 'This tab'],
  ['theirs', 'The other tab'],
];

function MergeQuestion({ conflict, message }: { conflict: MergeConflictState; message: string | null }) {
  const resolve = useWorkbench((s) => s.conflictResolved);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const choiceOf = (path: string): ConflictChoice => choices[path] ?? 'mine';
  const save = () => void resolve(Object.fromEntries(conflict.fields.map((f) => [f.path, choiceOf(f.path)])));
  return (
    <section className="banner banner-warning merge-question" aria-labelledby="merge-question-heading">
      <h2 id="merge-question-heading">Changed in two tabs</h2>
      <p role="alert">{message}</p>
      {conflict.fields.map((field, i) => (
        <fieldset key={field.path} className="merge-field">
          <legend>{field.label}</legend>
          {SIDES.map(([side, words]) => (
            <label key={side}>
              <input
                type="radio"
                name={`merge-field-${i}`}
                checked={choiceOf(field.path) === side}
                onChange={() => setChoices((c) => ({ ...c, [field.path]: side }))}
              />
              <span>
                {`${words}: `}
                <span className="merge-value">{field[side]}</span>
              </span>
            </label>
          ))}
          <p className="muted">Before both: {field.base}</p>
        </fieldset>
      ))}
      <button type="button" className="primary" onClick={save}>
        Save with these choices
      </button>
    </section>
  );
}
