import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Field } from '../../components/field';
import { formatBytes } from './format';
import { readHeader, type HeaderInfo } from './read-header';

export interface PickedFile {
  file: File;
  info: HeaderInfo;
}

export interface SlotState {
  /** The last accepted file. After a refusal it is kept, so a wrong drop loses nothing, but not used. */
  picked: PickedFile | null;
  /** The last refusal, and the file refused: the person meant that file, so no check runs on `picked`. */
  error: string | null;
  refused: File | null;
  reading: boolean;
}

export const emptySlot: SlotState = { picked: null, error: null, refused: null, reading: false };

/**
 * The file a check may use: none while a new pick is read or after it was refused. A check on the previous
 * file would answer a question the person no longer asks (a refused re-pick once gave a green "match" for
 * the old file); they pick another file or take the previous one back with one click.
 */
export function usableFile(state: SlotState): PickedFile | null {
  return state.error !== null || state.reading ? null : state.picked;
}

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

  const refused = state.error !== null ? state.refused : null;
  // The input shows the file last chosen: after a pick, a drop (which never touches the input) or a refusal
  // (the refused file, which the message beside it names). Without this it read "No file chosen" beside a
  // picked file.
  useEffect(() => {
    const el = input.current;
    if (!el || state.reading) return;
    const shown = new DataTransfer();
    const current = refused ?? picked?.file ?? null;
    if (current) shown.items.add(current);
    el.files = shown.files;
    // A dismissed file dialog leaves the input empty (it is cleared as the dialog opens): show the file again.
    const restore = () => {
      el.files = shown.files;
    };
    el.addEventListener('cancel', restore);
    return () => el.removeEventListener('cancel', restore);
  }, [picked, refused, state.reading]);

  const take = async (file: File) => {
    onChange((prev) => ({ ...prev, reading: true }));
    const header = await readHeader(file, role);
    onChange((prev) =>
      header.ok
        ? { picked: { file, info: header.info }, error: null, refused: null, reading: false }
        : { ...prev, error: header.message, refused: file, reading: false },
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
          : refused
            ? `${refused.name}: refused, not used by the check.`
            : picked
              ? `${picked.file.name}: ${formatBytes(picked.file.size)}, ${picked.info.columns.length} columns`
              : 'Pick or drop a CSV export whose first line names the columns.'}
      </p>
      {state.error ? (
        <div className="export-check-refusal">
          <p className="field-error" role="alert">
            {state.error}
            {picked
              ? ` The check will not use the previous file, "${picked.file.name}", unless you take it back.`
              : ''}
          </p>
          {picked ? (
            <button
              type="button"
              disabled={disabled}
              onClick={() => onChange((prev) => ({ ...prev, error: null, refused: null }))}
            >
              Use &ldquo;{picked.file.name}&rdquo; again
            </button>
          ) : null}
        </div>
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
    <Field id={id} label={label}>
      {(wired) => (
        <select
          {...wired}
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
      )}
    </Field>
  );
}
