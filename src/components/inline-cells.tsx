import { useEffect, useState, type FormEvent } from 'react';

/**
 * Chrome's autofill reads the whole form around a field after every keystroke, and for a field in
 * no form that is every other field in no form on the page: in a long table that costs more than
 * rendering the change. Each row of an editable table owns a tiny form of its own (cells join it
 * with the `form` attribute), so a keystroke costs one row. Nothing submits it.
 */
export function RowForm({ id }: { id: string }) {
  return <form id={id} className="row-form" onSubmit={(e: FormEvent) => e.preventDefault()} />;
}

/**
 * Inline-edit cells keep what the person typed locally, commit only valid values, and show why a value
 * is refused: nothing typed is lost and nothing invalid reaches the plan.
 */
export function TextCell(props: {
  label: string;
  value: string;
  required?: boolean;
  onCommit: (value: string) => void;
  id?: string;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const error = props.required && text.trim() === '' ? 'Required.' : null;
  return (
    <div className="cell-edit">
      <input
        id={props.id}
        form={props.form}
        aria-label={props.label}
        value={text}
        maxLength={500}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!props.required || e.target.value.trim() !== '') props.onCommit(e.target.value);
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

export function NumberCell(props: {
  label: string;
  value: number;
  integer?: boolean;
  onCommit: (value: number) => void;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  const [text, setText] = useState(String(props.value));
  useEffect(
    () =>
      setText((current) =>
        Number(current.replace(/[_,\s]/g, '')) === props.value ? current : String(props.value),
      ),
    [props.value],
  );
  const parsed = Number(text.replace(/[_,\s]/g, ''));
  const error =
    text.trim() === '' || !Number.isFinite(parsed)
      ? 'Enter a number.'
      : parsed < 0
        ? 'Cannot be negative.'
        : props.integer && !Number.isInteger(parsed)
          ? 'Whole number.'
          : null;
  return (
    <div className="cell-edit">
      <input
        form={props.form}
        aria-label={props.label}
        inputMode="numeric"
        className="num"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value.replace(/[_,\s]/g, ''));
          if (
            e.target.value.trim() !== '' &&
            Number.isFinite(n) &&
            n >= 0 &&
            (!props.integer || Number.isInteger(n))
          )
            props.onCommit(n);
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

export function SelectCell<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  onCommit: (value: T) => void;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  return (
    <select
      form={props.form}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onCommit(e.target.value as T)}
    >
      {props.options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

export function CheckCell(props: {
  label: string;
  value: boolean;
  onCommit: (value: boolean) => void; /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  return (
    <input
      type="checkbox"
      form={props.form}
      aria-label={props.label}
      checked={props.value}
      onChange={(e) => props.onCommit(e.target.checked)}
    />
  );
}

/** An optional number: an empty box is "not known yet" (null), never zero. */
export function OptionalNumberCell(props: {
  label: string;
  value: number | null;
  integer?: boolean;
  positive?: boolean;
  onCommit: (value: number | null) => void;
  id?: string;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  useEffect(
    () =>
      setText((current) =>
        current.trim() === ''
          ? props.value === null
            ? current
            : String(props.value)
          : Number(current.replace(/[_,\s]/g, '')) === props.value
            ? current
            : props.value === null
              ? ''
              : String(props.value),
      ),
    [props.value],
  );
  const check = (raw: string): { value: number | null; error: string | null } => {
    if (raw.trim() === '') return { value: null, error: null };
    const n = Number(raw.replace(/[_,\s]/g, ''));
    if (!Number.isFinite(n)) return { value: null, error: 'Enter a number.' };
    if (props.positive ? n <= 0 : n < 0)
      return { value: null, error: props.positive ? 'Must be greater than zero.' : 'Cannot be negative.' };
    if (props.integer && !Number.isInteger(n)) return { value: null, error: 'Whole number.' };
    return { value: n, error: null };
  };
  const { error } = check(text);
  return (
    <div className="cell-edit">
      <input
        id={props.id}
        form={props.form}
        aria-label={props.label}
        inputMode="numeric"
        className="num"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const result = check(e.target.value);
          if (!result.error) props.onCommit(result.value);
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

export function TextAreaCell(props: {
  label: string;
  value: string;
  required?: boolean;
  placeholder?: string;
  className?: string;
  id?: string;
  onCommit: (value: string) => void;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  const [text, setText] = useState(props.value);
  useEffect(
    () => setText((current) => (current.trim() === '' && props.required ? current : props.value)),
    [props.value, props.required],
  );
  const error = props.required && text.trim() === '' ? 'Required.' : null;
  return (
    <div className="cell-edit">
      <textarea
        id={props.id}
        form={props.form}
        aria-label={props.label}
        rows={2}
        className={props.className}
        placeholder={props.placeholder}
        spellCheck={props.className === 'code' ? false : undefined}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!props.required || e.target.value.trim() !== '') props.onCommit(e.target.value);
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}
