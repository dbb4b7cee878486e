import { RecordCheckButton } from '../../components/record-check-button';
import type { IntegrityCheck, VerifySession } from '../../domain';
import { useWorkbench } from '../../state';
import { recordProblem } from '../../verify';

/**
 * Makes the verification the check's integrity record (see RecordCheckButton); the run's rules also write
 * the integrity-check audit line.
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
  const problem = staleReason
    ? `This verification is stale (${staleReason}).`
    : recordProblem(session, check);
  return (
    <RecordCheckButton
      className="db-verify-record"
      phaseId={phaseId}
      checkId={check.id}
      name={check.target}
      record={() => record(phaseId, session.id)}
      currentPlan={() => useWorkbench.getState().plan}
      refused={problem !== null}
      refusedBy={problem ? `${id}-record-why` : undefined}
    >
      {problem ? (
        <span id={`${id}-record-why`} className="field-help">
          {problem}
        </span>
      ) : session.recordedAt ? (
        <span className="field-help">Recorded {new Date(session.recordedAt).toLocaleString()}.</span>
      ) : null}
    </RecordCheckButton>
  );
}
