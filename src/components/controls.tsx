import type { ReactNode } from 'react';

/** A select's choices in order: each value with the words shown for it. */
export type Choices<T extends string = string> = ReadonlyArray<readonly [value: T, label: string]>;

/** The choices of an enum, in its order, each with its words. */
export const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Choices<T> => values.map((value) => [value, labels[value]] as const);

export function Options({ choices }: { choices: Choices }) {
  return choices.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/**
 * A select over typed choices, committed as the value picked (never a string the choices do not hold).
 * Named by its label element (`id`, as a Field wires it) or, in a table cell, by `label` (aria-label).
 */
export function ChoiceSelect<T extends string>(props: {
  choices: Choices<T>;
  value: T;
  onChange: (value: T) => void;
  id?: string;
  label?: string;
  /** The id of the row form the control belongs to (see components/inline-cells.tsx RowForm). */
  form?: string;
  disabled?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: true | undefined;
}) {
  return (
    <select
      id={props.id}
      form={props.form}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      onChange={(e) => {
        const picked = props.choices.find(([value]) => value === e.target.value);
        if (picked) props.onChange(picked[0]);
      }}
    >
      <Options choices={props.choices} />
    </select>
  );
}

/** A tick box with its words beside it. */
export function Checkbox(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.children}
    </label>
  );
}
