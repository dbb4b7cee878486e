import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatBytes } from './format';
import { readHeader, type HeaderInfo } from './read-header';

export interface PickedFile {
  file: File;
  info: HeaderInfo;
}

export interface SlotState {
  picked: PickedFile | null;
  /** The last refusal; the previously accepted file stays picked, so a wrong drop loses nothing. */
  error: string | null;
  reading: boolean;
}

export const emptySlot: SlotState = { picked: null, error: null, reading: false };

/**
 * One export: a labelled file input that also takes a drop. The header is read at once, so the columns
 * can be offered and a bad file is refused before any check runs.
 */
export function FileSlot(props: {
  id: string;
  label: string;
  /** The export's role in messages, e.g. "source export". */
  role: string;
  state: SlotState;
  /** What is wrong with the picked file for the rest of the form (a missing key column), shown here. */
  problem?: string | null;
  disabled: boolean;
  onChange: (update: (prev: SlotState) => SlotState) => void;
}) {
  const { id, label, role, state, problem = null, disabled, onChange } = props;
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const picked = state.picked;

  // The input shows the file in use: after a pick, a drop (which never touches the input) or a refused file
  // (the previous one stays in use). Without this it read "No file chosen" beside a picked file.
  useEffect(() => {
    const el = input.current;
    if (!el || state.reading) return;
    const shown = new DataTransfer();
    if (picked) shown.items.add(picked.file);
    el.files = shown.files;
    // A dismissed file dialog leaves the input empty (it is cleared as the dialog opens): show the file again.
    const restore = () => {
      el.files = shown.files;
    };
    el.addEventListener('cancel', restore);
    return () => el.removeEventListener('cancel', restore);
    // state.error: a refused file leaves `picked` as it was, and the input must go back to it.
  }, [picked, state.reading, state.error]);

  const take = async (file: File) => {
    onChange((prev) => ({ ...prev, reading: true }));
    const header = await readHeader(file, role);
    onChange((prev) =>
      header.ok
        ? { picked: { file, info: header.info }, error: null, reading: false }
        : { ...prev, error: header.message, reading: false },
    );
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file || disabled) return;
    event.preventDefault();
    void take(file);
  };

  const statusId = `${id}-status`;
  return (
    <div
      className={`export-check-slot${dragging ? ' export-check-slot-active' : ''}`}
      onDragOver={(e) => {
        if (disabled || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        disabled={disabled}
        aria-describedby={problem ? `${statusId} ${id}-problem` : statusId}
        aria-invalid={state.error || problem ? true : undefined}
        onClick={(e) => {
          // Cleared as the dialog opens, so that picking the same file again (fixed on disk) is a change.
          e.currentTarget.value = '';
        }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void take(file);
        }}
      />
      <p id={statusId} className="field-help">
        {state.reading
          ? 'Reading the header…'
          : picked
            ? `${picked.file.name}: ${formatBytes(picked.file.size)}, ${picked.info.columns.length} columns`
            : 'Pick or drop a CSV export whose first line names the columns.'}
      </p>
      {state.error ? (
        <p className="field-error" role="alert">
          {state.error}
          {picked ? ` Still using "${picked.file.name}".` : ''}
        </p>
      ) : null}
      {problem && !state.error ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A column picker fed from a file's header, so a typo in a column name cannot happen. */
export function ColumnSelect(props: {
  id: string;
  label: string;
  columns: readonly string[] | null;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { id, label, columns, value, disabled, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={columns?.includes(value) ? value : ''}
        disabled={disabled || !columns}
        onChange={(e) => onChange(e.target.value)}
      >
        {columns ? null : <option value="">Pick the file first</option>}
        {columns && !columns.includes(value) ? <option value="">Choose a column</option> : null}
        {columns?.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}
