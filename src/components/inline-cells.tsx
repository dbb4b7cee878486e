import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { parseQuantity, type QuantityKind } from '../domain/quantity';
import { ChoiceSelect } from './controls';

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

/** What a cell's text reads as: the value to commit, or why it is refused. */
type Reading<T> = { ok: true; value: T } | { ok: false; error: string };

/** What every text cell is given besides its value: its name, its row form, and where refused text is kept. */
type CellBase = {
  label: string;
  id?: string;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
  hold?: CellHold;
};

/**
 * One text cell's editing: the text as typed (see useCellText), what it reads as now, and the change
 * handler, which commits a value that reads and reports a refused text to the hold with its reason.
 * `control` is what the input or textarea takes.
 */
function useCellEdit<T>(
  props: CellBase & { onCommit: (value: T) => void },
  shown: string,
  read: (raw: string) => Reading<T>,
  sameAs: (text: string) => boolean,
) {
  const [text, setText] = useCellText(shown, props.hold, sameAs);
  const now = read(text);
  const error = now.ok ? null : now.error;
  const control = {
    id: props.id,
    form: props.form,
    'aria-label': props.label,
    value: text,
    'aria-invalid': error ? true : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const raw = e.target.value;
      setText(raw);
      const next = read(raw);
      if (next.ok) props.onCommit(next.value);
      props.hold?.report(next.ok ? null : raw, next.ok ? undefined : next.error);
    },
  };
  return { error, control };
}

/** A cell's control with the reason its text is refused beside it. */
function CellBox({ error, children }: { error: string | null; children: ReactNode }) {
  return (
    <div className="cell-edit">
      {children}
      {error ? <span className="cell-error">{error}</span> : null}
    </div>
  );
}

/** Text, refused only when it is required and left empty. */
const textReading =
  (required: boolean | undefined) =>
  (raw: string): Reading<string> =>
    required && raw.trim() === '' ? { ok: false, error: 'Required.' } : { ok: true, value: raw };

/** A number as people write it, then the cell's own bounds (see fieldCheck). */
function quantityReading(
  raw: string,
  kind: QuantityKind,
  validate?: (value: number) => string | null,
): Reading<number> {
  const parsed = parseQuantity(raw, kind);
  if (!parsed.ok) return { ok: false, error: parsed.message };
  const refused = validate?.(parsed.value) ?? null;
  return refused ? { ok: false, error: refused } : { ok: true, value: parsed.value };
}

/**
 * Inline-edit cells keep what the person typed locally, commit only valid values, and show why a value
 * is refused: nothing typed is lost and nothing invalid reaches the plan.
 */
export function TextCell(
  props: CellBase & { value: string; required?: boolean; onCommit: (value: string) => void },
) {
  const cell = useCellEdit(props, props.value, textReading(props.required), (t) => t === props.value);
  return (
    <CellBox error={cell.error}>
      <input {...cell.control} maxLength={500} />
    </CellBox>
  );
}

/**
 * A number typed as people write it ("180M" rows, "1.5 KiB"), read by domain/quantity.ts: committed when
 * it reads exactly, else kept as typed with the reason, never read as another number.
 */
export function NumberCell(
  props: CellBase & {
    value: number;
    kind?: QuantityKind;
    onCommit: (value: number) => void;
    /** The plan's own bounds for the field (see fieldCheck): a value past them is kept as text, with why. */
    validate?: (value: number) => string | null;
  },
) {
  const kind = props.kind ?? 'count';
  const cell = useCellEdit(
    props,
    String(props.value),
    (raw) => quantityReading(raw, kind, props.validate),
    (t) => readsAs(t, kind) === props.value,
  );
  return (
    <CellBox error={cell.error}>
      <input {...cell.control} inputMode="decimal" className="num" />
    </CellBox>
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

export function SelectCell<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  onCommit: (value: T) => void;
  /** The id of the row form the control belongs to (see RowForm). */
  form?: string;
}) {
  return (
    <ChoiceSelect
      form={props.form}
      label={props.label}
      value={props.value}
      choices={props.options.map((o) => [o, o] as const)}
      onChange={props.onCommit}
    />
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
export function OptionalNumberCell(
  props: CellBase & {
    value: number | null;
    kind?: QuantityKind;
    positive?: boolean;
    onCommit: (value: number | null) => void;
    validate?: (value: number) => string | null;
  },
) {
  const kind = props.kind ?? 'rate';
  const read = (raw: string): Reading<number | null> => {
    if (raw.trim() === '') return { ok: true, value: null };
    const reading = quantityReading(raw, kind, props.validate);
    if (reading.ok && props.positive && reading.value <= 0)
      return { ok: false, error: 'Must be greater than zero.' };
    return reading;
  };
  const cell = useCellEdit(props, props.value === null ? '' : String(props.value), read, (t) =>
    t.trim() === '' ? props.value === null : readsAs(t, kind) === props.value,
  );
  return (
    <CellBox error={cell.error}>
      <input {...cell.control} inputMode="decimal" className="num" />
    </CellBox>
  );
}

export function TextAreaCell(
  props: CellBase & {
    value: string;
    required?: boolean;
    placeholder?: string;
    className?: string;
    onCommit: (value: string) => void;
  },
) {
  const cell = useCellEdit(props, props.value, textReading(props.required), (t) => t === props.value);
  return (
    <CellBox error={cell.error}>
      <textarea
        {...cell.control}
        rows={2}
        className={props.className}
        placeholder={props.placeholder}
        spellCheck={props.className === 'code' ? false : undefined}
      />
    </CellBox>
  );
}
