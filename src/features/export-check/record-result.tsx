import { useState } from 'react';
import { Notice } from '../../components/notice';
import type { IntegrityResult } from '../../integrity';
import { toRecordedCheckFields, type RecordedCheckFields } from '../../integrity';
import { useWorkbench } from '../../state';

type Outcome = { tone: 'error' | 'done'; text: string } | null;

/**
 * Fills the current phase's integrity record from the check. The run's own rules decide whether the record
 * passes (GR-06); an error sentence from the action is shown as it is, so nothing fails silently.
 */
export function RecordResult(props: {
  result: IntegrityResult;
  phaseId: string;
  checkId: string;
  checkTarget: string | null;
  /** The id of the note saying the inputs changed since the result: recording is then refused. */
  staleId?: string | null;
  onRecorded?: (fields: RecordedCheckFields) => void;
}) {
  const { result, phaseId, checkId, checkTarget, staleId = null, onRecorded } = props;
  const recordCheck = useWorkbench((s) => s.runCheckRecorded);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const name = checkTarget ?? checkId;

  const record = () => {
    const fields = toRecordedCheckFields(result);
    const error = recordCheck(phaseId, {
      checkId,
      actualRows: fields.actualRows,
      checksumMatch: fields.checksumMatch,
      referentialOk: fields.referentialOk,
      source: 'csv-export',
      notes: fields.notes,
      exportsMatch: fields.passed,
    });
    if (error !== null) {
      setOutcome({ tone: 'error', text: `Not recorded: ${error}` });
      return;
    }
    // The transition judges pass or fail against the check's own targets; read its verdict back.
    const run = useWorkbench.getState().plan?.run.phases.find((p) => p.phaseId === phaseId);
    const latest = run?.checks.filter((c) => c.checkId === checkId).at(-1);
    const verdict = latest ? (latest.passed ? 'passed' : 'failed') : 'recorded';
    setOutcome({ tone: 'done', text: `Recorded as the result of check ${name}: ${verdict}.` });
    onRecorded?.(fields);
  };

  return (
    <div className="export-check-record">
      <button
        type="button"
        className="primary"
        disabled={staleId !== null}
        aria-describedby={staleId ?? undefined}
        onClick={record}
      >
        Use as the result of check {name}
      </button>
      <Notice text={outcome?.text} tone={outcome?.tone === 'error' ? 'error' : 'info'} />
    </div>
  );
}
