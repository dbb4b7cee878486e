import { useState } from 'react';

/**
 * A number typed into a table cell: the text is kept as typed, the plan gets the value only when it is
 * valid, and what is wrong is said beside it. `empty` allows clearing (the value becomes null).
 */
export function NumberCell(props: {
  id?: string;
  label: string;
  value: number | null;
  onValue: (value: number | null) => void;
  empty?: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
  placeholder?: string;
  className?: string;
}) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  // The value can change from elsewhere (an offer applied, an undo): show it unless the text already means it.
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    setSeen(props.value);
    const typed = text.trim() === '' ? null : Number(text);
    if (typed !== props.value) setText(props.value === null ? '' : String(props.value));
  }
  const min = props.min ?? 0;
  const check = (t: string): string | null => {
    if (t.trim() === '') return props.empty ? null : 'Enter a number.';
    const n = Number(t);
    if (!Number.isFinite(n)) return 'Enter a number.';
    if (props.integer && !Number.isInteger(n)) return 'Enter a whole number.';
    if (n < min) return `Enter ${min} or more.`;
    if (props.max !== undefined && n > props.max) return `Enter ${props.max} or less.`;
    return null;
  };
  const error = check(text);
  return (
    <span className="number-cell">
      <input
        id={props.id}
        aria-label={props.label}
        className={`num ${props.className ?? 'input-narrow'}`}
        inputMode="decimal"
        value={text}
        placeholder={props.placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (check(e.target.value) === null)
            props.onValue(e.target.value.trim() === '' ? null : Number(e.target.value));
        }}
      />
      {error ? <span className="cell-error">{error}</span> : null}
    </span>
  );
}
