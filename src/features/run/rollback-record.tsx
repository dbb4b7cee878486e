import { useId, useState } from 'react';
import { useWorkbench } from '../../state';

/**
 * Records the rollback as executed, with its result and notes (the audit log's rollback-executed line, the
 * notes after it). Both alarms offer it, a fired trigger and a failed integrity check, so that the person
 * never has to look for it elsewhere while rolling back.
 */
export function RollbackRecord({ trigger, phaseId }: { trigger: string; phaseId: string | null }) {
  const runRollbackExecuted = useWorkbench((s) => s.runRollbackExecuted);
  const [notes, setNotes] = useState('');
  const id = useId();
  return (
    <div className="inline-form rollback-record">
      <label htmlFor={id}>Rollback notes</label>
      <textarea id={id} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      {(['success', 'failure'] as const).map((result) => (
        <button
          key={result}
          type="button"
          className={result === 'success' ? 'primary' : 'danger'}
          onClick={() => runRollbackExecuted({ trigger, phaseId, result, notes })}
        >
          Rollback executed: {result}
        </button>
      ))}
    </div>
  );
}
