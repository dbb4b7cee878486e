import { RecordCheckButton } from '../../components/record-check-button';
import type { IntegrityResult } from '../../integrity';
import { toRecordedCheckFields, type RecordedCheckFields } from '../../integrity';
import { useWorkbench } from '../../state';

/** Fills the current phase's integrity record from the check (see RecordCheckButton). */
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
    if (error === null) onRecorded?.(fields);
    return error;
  };

  return (
    <RecordCheckButton
      className="export-check-record"
      phaseId={phaseId}
      checkId={checkId}
      name={checkTarget ?? checkId}
      record={record}
      currentPlan={() => useWorkbench.getState().plan}
      refused={staleId !== null}
      refusedBy={staleId ?? undefined}
    />
  );
}
