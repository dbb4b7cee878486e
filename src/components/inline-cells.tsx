import { useEffect, useRef, useState, type FormEvent } from 'react';
import { parseQuantity, type QuantityKind } from '../domain/quantity';

/**
 * Where a cell's refused text is kept with the draft (state/use-cell-hold.ts builds it): what was kept
 * from the last visit, and how to report the text now held, or null once the value is taken.
 */
export type CellHold = { kept: string | undefined; report: (raw: string | null, message?: string) => void };

/**
 * A cell's text: what was kept from the last visit, else the value; it follows the value when the
 * value changes from outside (another cell, another tab), not when it stays the same.
 */
function useCellText(value: string, hold: CellHold | undefined, sameAs: (text: string) => boolean) {
  const [text, setText] = useState(() => hold?.kept ?? value);
  const seen = useRef(value);
  useEffect(() => {
    if (seen.current === value) return;
    seen.current = value;
    setText((current) => (sameAs(current) ? current : value));
    // sameAs is a fresh closure each render; the value is what this effect follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [text, setText] as const;
}

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
  hold?: CellHold;
}) {
  const [text, setText] = useCellText(props.value, props.hold, (t) => t === props.value);
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
          const taken = !props.required || e.target.value.trim() !== '';
          if (taken) props.onCommit(e.target.value);
          props.hold?.report(taken ? null : e.target.value, 'Required.');
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

/**
 * A number typed as people write it ("180M" rows, "1.5 KiB"), read by domain/quantity.ts: committed when
 * it reads exactly, else kept as typed with the reason, never read as another number.
 */
export function NumberCell(props: {
  label: string;
  value: number;
  kind?: QuantityKind;
  onCommit: (value: number) => void;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
  id?: string;
  hold?: CellHold;
  /** The plan's own bounds for the field (see fieldCheck): a value past them is kept as text, with why. */
  validate?: (value: number) => string | null;
}) {
  const kind = props.kind ?? 'count';
  const [text, setText] = useCellText(
    String(props.value),
    props.hold,
    (t) => readsAs(t, kind) === props.value,
  );
  const read = (raw: string) => {
    const parsed = parseQuantity(raw, kind);
    if (!parsed.ok) return { value: null, error: parsed.message };
    const refused = props.validate?.(parsed.value) ?? null;
    return refused ? { value: null, error: refused } : { value: parsed.value, error: null };
  };
  const { error } = read(text);
  return (
    <div className="cell-edit">
      <input
        id={props.id}
        form={props.form}
        aria-label={props.label}
        inputMode="decimal"
        className="num"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = read(e.target.value);
          if (next.value !== null) props.onCommit(next.value);
          props.hold?.report(next.error ? e.target.value : null, next.error ?? undefined);
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

/**
 * A cell's check from the plan's own schema for the field, so that no value the plan refuses on its
 * next load is ever committed: the domain's message, as a sentence.
 */
export function fieldCheck(schema: {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } };
}) {
  return (value: number): string | null => {
    const result = schema.safeParse(value);
    if (result.success) return null;
    const message = result.error?.issues[0]?.message ?? 'not valid';
    return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  };
}

/** What a cell's text reads as, or null when it does not read. */
function readsAs(text: string, kind: QuantityKind): number | null {
  const parsed = parseQuantity(text, kind);
  return parsed.ok ? parsed.value : null;
}

/** The option a <select> reports, as its type: the value read back from the page is one of `options`, or none. */
export const optionOf = <T extends string>(options: readonly T[], value: string): T | undefined =>
  options.find((o) => o === value);

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
      onChange={(e) => {
        const picked = optionOf(props.options, e.target.value);
        if (picked !== undefined) props.onCommit(picked);
      }}
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

/** An optional number: an empty box is "not known yet" (null), never zero. Read as NumberCell reads. */
export function OptionalNumberCell(props: {
  label: string;
  value: number | null;
  kind?: QuantityKind;
  positive?: boolean;
  onCommit: (value: number | null) => void;
  id?: string;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
  hold?: CellHold;
  validate?: (value: number) => string | null;
}) {
  const kind = props.kind ?? 'rate';
  const shown = props.value === null ? '' : String(props.value);
  const [text, setText] = useCellText(shown, props.hold, (t) =>
    t.trim() === '' ? props.value === null : readsAs(t, kind) === props.value,
  );
  const check = (raw: string): { value: number | null; error: string | null } => {
    if (raw.trim() === '') return { value: null, error: null };
    const parsed = parseQuantity(raw, kind);
    if (!parsed.ok) return { value: null, error: parsed.message };
    if (props.positive && parsed.value <= 0) return { value: null, error: 'Must be greater than zero.' };
    const refused = props.validate?.(parsed.value) ?? null;
    return refused ? { value: null, error: refused } : { value: parsed.value, error: null };
  };
  const { error } = check(text);
  return (
    <div className="cell-edit">
      <input
        id={props.id}
        form={props.form}
        aria-label={props.label}
        inputMode="decimal"
        className="num"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const result = check(e.target.value);
          if (!result.error) props.onCommit(result.value);
          props.hold?.report(result.error ? e.target.value : null, result.error ?? undefined);
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
  hold?: CellHold;
}) {
  const [text, setText] = useCellText(props.value, props.hold, (t) => t === props.value);
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
          const taken = !props.required || e.target.value.trim() !== '';
          if (taken) props.onCommit(e.target.value);
          props.hold?.report(taken ? null : e.target.value, 'Required.');
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}
