import { useState } from 'react';
import { Checkbox } from '../../components/controls';
import type { Plan } from '../../domain';
import type { HashMode, RecordedCheckFields } from '../../integrity';
import { ColumnSelect, emptySlot, FileSlot, usableFile, type SlotState } from './file-slot';
import { ModePicker } from './mode-picker';
import { ProgressView } from './progress-view';
import { keyMemoryWarning } from './read-header';
import { RecordResult } from './record-result';
import { ResultView } from './result-view';
import { useCheckRun } from './use-check-run';
import type { IntegrityCheckRequest } from '../../integrity/worker/client';
import {
  buildRequest,
  defaultColumn,
  problemsOf,
  sameRequest,
  targetProblem,
  type CheckForm,
} from './check-form';
import './export-check.css';

type Slots = Record<'source' | 'target' | 'parent' | 'child', SlotState>;

const SLOT_NAMES: readonly (keyof Slots)[] = ['source', 'target', 'child', 'parent'];
const ROLES: Record<keyof Slots, string> = {
  source: 'source export',
  target: 'target export',
  child: 'child export',
  parent: 'parent export',
};

/**
 * Integrity check on exported data (issue 6): two CSV exports compared in a worker, streamed, with progress
 * and cancel; the result can fill the phase's integrity record. Nothing the person picked is dropped on a
 * refusal, a failure or a cancel: they fix one thing and run again.
 */
export function ExportCheckPanel(props: {
  plan: Plan;
  phaseId: string;
  checkId: string;
  onRecorded?: (fields: RecordedCheckFields) => void;
}) {
  const { plan, phaseId, checkId, onRecorded } = props;
  const check =
    plan.execution.phases.find((p) => p.id === phaseId)?.integrityChecks.find((c) => c.id === checkId) ??
    null;
  const [slots, setSlots] = useState<Slots>({
    source: emptySlot,
    target: emptySlot,
    parent: emptySlot,
    child: emptySlot,
  });
  const [keyColumn, setKeyColumn] = useState('');
  const [referential, setReferential] = useState(false);
  const [childColumn, setChildColumn] = useState('');
  const [parentColumn, setParentColumn] = useState('');
  const [mode, setMode] = useState<HashMode>('normalised');
  const [trim, setTrim] = useState(false);
  const { run, start, cancel } = useCheckRun();
  const running = run.status === 'running';

  const slotChange = (name: keyof Slots) => (update: (prev: SlotState) => SlotState) =>
    setSlots((prev) => ({ ...prev, [name]: update(prev[name]) }));
  const columnsOf = (name: keyof Slots) => usableFile(slots[name])?.info.columns ?? null;
  // An explicit choice wins while the header still has it; otherwise the likely key is preselected.
  const chosen = (value: string, name: keyof Slots) => {
    const columns = columnsOf(name);
    return columns?.includes(value) ? value : defaultColumn(columns);
  };
  const form: CheckForm = {
    source: usableFile(slots.source),
    target: usableFile(slots.target),
    keyColumn: chosen(keyColumn, 'source'),
    referential,
    child: usableFile(slots.child),
    childColumn: childColumn && columnsOf('child')?.includes(childColumn) ? childColumn : '',
    parent: usableFile(slots.parent),
    parentColumn: chosen(parentColumn, 'parent'),
    mode,
    trimWhitespace: mode === 'normalised' && trim,
    refused: SLOT_NAMES.filter(
      (name) => (referential || name === 'source' || name === 'target') && slots[name].error !== null,
    ).map((name) => ROLES[name]),
  };
  const problems = problemsOf(form);
  const warnings = [
    form.source && keyMemoryWarning(form.source.info, form.source.file, form.keyColumn, 'source export'),
    form.target && keyMemoryWarning(form.target.info, form.target.file, form.keyColumn, 'target export'),
    form.referential && form.parent
      ? keyMemoryWarning(form.parent.info, form.parent.file, form.parentColumn, 'parent export')
      : null,
  ].filter((w): w is string => typeof w === 'string');
  const request = problems.length === 0 ? buildRequest(form) : null;
  const totalBytes = request
    ? [form.source, form.target, ...(referential ? [form.parent, form.child] : [])].reduce(
        (n, p) => n + (p?.file.size ?? 0),
        0,
      )
    : 0;
  const finished = run.status === 'finished' ? run : null;
  // A result stays in view once the inputs change, marked as the old files' and no longer recordable.
  const stale = finished !== null && !sameRequest(finished.request, request);
  const result = finished && !(stale && !finished.result.ok) ? finished.result : null;
  const staleNote = finished && stale ? staleText(finished.request) : null;

  /** An export of the referential check and the column read from it. */
  const slotWithColumn = (
    name: 'child' | 'parent',
    columnLabel: string,
    value: string,
    onColumn: (value: string) => void,
  ) => (
    <>
      <FileSlot
        id={`export-check-${name}`}
        label={name === 'child' ? 'Child export' : 'Parent export'}
        role={ROLES[name]}
        state={slots[name]}
        disabled={running}
        onChange={slotChange(name)}
      />
      <ColumnSelect
        id={`export-check-${name}-column`}
        label={columnLabel}
        columns={columnsOf(name)}
        value={value}
        disabled={running}
        onChange={onColumn}
      />
    </>
  );

  return (
    <section className="card export-check" aria-labelledby="export-check-heading">
      <h2 id="export-check-heading">Integrity check on exported data</h2>
      <p className="muted">
        Compare a source and a target export (CSV with a header row) for check{' '}
        <strong>{check?.target ?? checkId}</strong>. The files are read in the background, in pieces; they
        never leave this computer.
      </p>
      <div className="form-grid">
        <FileSlot
          id="export-check-source"
          label="Source export"
          role="source export"
          state={slots.source}
          disabled={running}
          onChange={slotChange('source')}
        />
        <FileSlot
          id="export-check-target"
          label="Target export"
          role="target export"
          state={slots.target}
          problem={targetProblem(form)}
          disabled={running}
          onChange={slotChange('target')}
        />
        <ColumnSelect
          id="export-check-key"
          label="Key column"
          columns={columnsOf('source')}
          value={form.keyColumn}
          disabled={running}
          onChange={setKeyColumn}
        />
      </div>
      <ModePicker mode={mode} trim={trim} disabled={running} onMode={setMode} onTrim={setTrim} />
      <Checkbox checked={referential} disabled={running} onChange={setReferential}>
        Also check referential integrity (every foreign key has its parent)
      </Checkbox>
      {referential ? (
        <fieldset className="export-check-referential">
          <legend>Referential check</legend>
          <div className="form-grid">
            {slotWithColumn(
              'child',
              'Foreign-key column in the child export',
              form.childColumn,
              setChildColumn,
            )}
            {slotWithColumn('parent', 'Key column in the parent export', form.parentColumn, setParentColumn)}
          </div>
        </fieldset>
      ) : null}
      {warnings.map((w) => (
        <p key={w} className="banner banner-warning" role="alert">
          {w}
        </p>
      ))}
      {running ? (
        <ProgressView progress={run.progress} totalBytes={totalBytes} onCancel={cancel} />
      ) : (
        <div className="export-check-actions">
          <button
            type="button"
            className="primary"
            disabled={request === null}
            aria-describedby={problems.length > 0 ? 'export-check-problems' : undefined}
            onClick={() => request && void start(request)}
          >
            Run the check
          </button>
          {problems.length > 0 ? (
            <ul id="export-check-problems" className="field-help">
              {problems.map((p) =>
                p.error ? (
                  <li key={p.text} className="field-error" role="alert">
                    {p.text}
                  </li>
                ) : (
                  <li key={p.text}>{p.text}</li>
                ),
              )}
            </ul>
          ) : null}
        </div>
      )}
      {result && !result.ok && result.error.code === 'cancelled' ? (
        <p role="status" className="field-help">
          The check was cancelled. Your files and choices are kept; run it again when ready.
        </p>
      ) : null}
      {result && !result.ok && result.error.code !== 'cancelled' ? (
        <p role="alert" className="banner banner-error">
          {result.error.message}
        </p>
      ) : null}
      {result?.ok && finished ? (
        <>
          {staleNote ? (
            <p id="export-check-stale" role="status" className="banner banner-warning">
              {staleNote}
            </p>
          ) : null}
          <div className={staleNote ? 'export-check-stale' : undefined}>
            <ResultView report={result} seconds={finished.seconds} />
          </div>
          <RecordResult
            result={result}
            phaseId={phaseId}
            checkId={checkId}
            checkTarget={check?.target ?? null}
            staleId={staleNote ? 'export-check-stale' : null}
            onRecorded={onRecorded}
          />
        </>
      ) : null}
    </section>
  );
}

function staleText(request: IntegrityCheckRequest): string {
  return (
    `This result is for the inputs as they were when it ran (source "${request.source.name}", target ` +
    `"${request.target.name}"); you have changed them since. Run the check again to record a result.`
  );
}
