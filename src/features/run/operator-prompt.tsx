import { useState, type FormEvent } from 'react';
import { useWorkbench } from '../../state';

/** Asked once: the audit lines name the operator. */
export function OperatorPrompt() {
  const runOperatorNamed = useWorkbench((s) => s.runOperatorNamed);
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== '') runOperatorNamed(name);
  };
  return (
    <form className="card inline-form" onSubmit={submit} aria-label="Who is running the migration">
      <label htmlFor="operator-name">Your name (recorded as the operator in the audit log)</label>
      <input
        id="operator-name"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <button type="submit" className="primary" disabled={name.trim() === ''}>
        Continue
      </button>
    </form>
  );
}
