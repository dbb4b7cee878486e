import { useId, useState, type FormEvent } from 'react';
import { Labelled } from '../../components/field';
import { useWorkbench } from '../../state';

/** Going on despite a fired trigger: a named person takes it, with a reason; both go into the audit log. */
export function OverrideForm() {
  const runHaltOverridden = useWorkbench((s) => s.runHaltOverridden);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(runHaltOverridden(by, reason));
  };
  return (
    <details className="override">
      <summary>Override instead of rolling back…</summary>
      <form className="override-form" onSubmit={submit} aria-label="Override the halt">
        <p className="muted">
          The person overriding takes responsibility for going on; their name and reason go into the audit
          log. Samples up to now no longer count for the fired triggers.
        </p>
        <Labelled id={`${id}-by`} label="Name of the person overriding">
          {(byId) => <input id={byId} value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} />}
        </Labelled>
        <Labelled id={`${id}-reason`} label="Reason">
          {(reasonId) => (
            <textarea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Labelled>
        <div className="row">
          <button type="submit" className="danger" disabled={by.trim() === '' || reason.trim() === ''}>
            Override and resume the run
          </button>
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
