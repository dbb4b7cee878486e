import { useState, type FormEvent, type ReactNode } from 'react';
import { ChoiceSelect, type Choices } from '../../components/controls';
import { Labelled } from '../../components/field';
import type { IntegrityCheck, RecordedCheck } from '../../domain';
import { useWorkbench } from '../../state';

type Tri = '' | 'yes' | 'no';
const tri = (v: Tri) => (v === '' ? null : v === 'yes');
const CHECKSUM: Choices<Tri> = [
  ['', 'Choose…'],
  ['yes', 'Yes, it matches'],
  ['no', 'No, mismatch'],
];
const REFERENTIAL: Choices<Tri> = [
  ['', 'Choose…'],
  ['yes', 'Passes'],
  ['no', 'Fails (orphans)'],
];

/** Records one integrity check by hand; the CSV export check (slot) can fill it from files instead. */
export function CheckForm(props: {
  phaseId: string;
  check: IntegrityCheck;
  latest: RecordedCheck | undefined;
  exportCheck?: ReactNode;
  /** Verification inside the databases (features/db-verify), shown on demand like the export check. */
  dbVerify?: ReactNode;
}) {
  const runCheckRecorded = useWorkbench((s) => s.runCheckRecorded);
  const { check, latest } = props;
  const [rows, setRows] = useState('');
  const [checksum, setChecksum] = useState<Tri>('');
  const [referential, setReferential] = useState<Tri>('');
  const [error, setError] = useState<string | null>(null);
  const [showExport, setShowExport] = useState(false);
  const [showDb, setShowDb] = useState(false);
  const rowsValue = rows.trim() === '' ? null : Number(rows.replace(/[_,\s]/g, ''));
  const rowsInvalid = rowsValue !== null && (!Number.isInteger(rowsValue) || rowsValue < 0);
  const needs =
    check.kind === 'row-count'
      ? rowsValue !== null
      : check.kind === 'checksum'
        ? checksum !== ''
        : referential !== '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rowsInvalid || !needs) return;
    setError(
      runCheckRecorded(props.phaseId, {
        checkId: check.id,
        actualRows: rowsValue,
        checksumMatch: tri(checksum),
        referentialOk: tri(referential),
      }),
    );
  };
  const id = `${props.phaseId}-${check.id}`;
  return (
    <li className={`check-item ${latest ? (latest.passed ? 'check-pass' : 'check-fail') : ''}`}>
      <div className="check-head">
        <span className="tag">{check.kind}</span> <strong>{check.target}</strong>
        {check.expectedRows !== null ? (
          <span className="muted"> expected {check.expectedRows.toLocaleString('en-US')} rows</span>
        ) : null}
        {check.checksumTarget ? <span className="muted"> · checksum {check.checksumTarget}</span> : null}
        {check.constraint ? <span className="muted"> · {check.constraint}</span> : null}
        {latest ? (
          <span
            className={`badge ${latest.passed ? 'badge-ok' : 'badge-bad'}`}
            aria-label={`Check ${check.target}: ${latest.passed ? 'passed' : 'failed'}`}
          >
            {latest.passed ? 'Passed' : 'Failed'}
          </span>
        ) : (
          <span className="badge badge-unknown">Not recorded</span>
        )}
      </div>
      <form
        className="inline-form"
        onSubmit={submit}
        aria-label={`Record check ${check.target} (${check.kind})`}
      >
        {check.kind === 'row-count' ? (
          <Labelled id={`rows-${id}`} label="Actual rows">
            {(rowsId) => (
              <input
                id={rowsId}
                className="input-narrow num"
                inputMode="numeric"
                value={rows}
                aria-invalid={rowsInvalid || undefined}
                onChange={(e) => setRows(e.target.value)}
              />
            )}
          </Labelled>
        ) : null}
        {check.kind === 'checksum' ? (
          <Labelled id={`checksum-${id}`} label="Checksum matches">
            {(selectId) => (
              <ChoiceSelect id={selectId} choices={CHECKSUM} value={checksum} onChange={setChecksum} />
            )}
          </Labelled>
        ) : null}
        {check.kind === 'referential' ? (
          <Labelled id={`ref-${id}`} label="Referential integrity">
            {(selectId) => (
              <ChoiceSelect
                id={selectId}
                choices={REFERENTIAL}
                value={referential}
                onChange={setReferential}
              />
            )}
          </Labelled>
        ) : null}
        <button type="submit" disabled={!needs || rowsInvalid}>
          Record
        </button>
        {props.exportCheck ? (
          <button type="button" aria-expanded={showExport} onClick={() => setShowExport(!showExport)}>
            Check from CSV exports…
          </button>
        ) : null}
        {props.dbVerify ? (
          <button type="button" aria-expanded={showDb} onClick={() => setShowDb(!showDb)}>
            Verify in the databases…
          </button>
        ) : null}
        {rowsInvalid ? (
          <span className="field-error">Rows must be a whole number of zero or more.</span>
        ) : null}
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
      {showExport ? props.exportCheck : null}
      {showDb ? props.dbVerify : null}
    </li>
  );
}
