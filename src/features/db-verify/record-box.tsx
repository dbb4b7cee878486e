import { useState } from 'react';
import { Notice } from '../../components/notice';
import type { IntegrityCheck, VerifySession } from '../../domain';
import { useWorkbench } from '../../state';
import { recordProblem } from '../../verify';

/**
 * Makes the verification the check's integrity record. The run's own rules judge it (GR-06) and write the
 * integrity-check audit line; the verdict is read back from the plan so the person sees what was recorded.
 */
export function RecordBox(props: {
  id: string;
  phaseId: string;
  check: IntegrityCheck;
  session: VerifySession;
  staleReason: string | null;
}) {
  const { id, phaseId, check, session, staleReason } = props;
  const record = useWorkbench((s) => s.runVerificationRecorded);
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null);
  const problem = staleReason
    ? `This verification is stale (${staleReason}).`
    : recordProblem(session, check);
  const click = () => {
    const error = record(phaseId, session.id);
    if (error) {
      setOutcome({ error: true, text: `Not recorded: ${error}` });
      return;
    }
    const run = useWorkbench.getState().plan?.run.phases.find((p) => p.phaseId === phaseId);
    const latest = run?.checks.filter((c) => c.checkId === check.id).at(-1);
    setOutcome({
      error: false,
      text: `Recorded as the result of check ${check.target}: ${latest?.passed ? 'passed' : 'failed'}.`,
    });
  };
  return (
    <div className="db-verify-record">
      <button
        type="button"
        className="primary"
        disabled={problem !== null}
        aria-describedby={problem ? `${id}-record-why` : undefined}
        onClick={click}
      >
        Use as the result of check {check.target}
      </button>
      {problem ? (
        <span id={`${id}-record-why`} className="field-help">
          {problem}
        </span>
      ) : session.recordedAt ? (
        <span className="field-help">Recorded {new Date(session.recordedAt).toLocaleString()}.</span>
      ) : null}
      <Notice text={outcome?.text} tone={outcome?.error ? 'error' : 'info'} />
    </div>
  );
}
