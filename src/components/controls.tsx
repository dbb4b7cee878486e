import type { ReactNode } from 'react';
import { Field, type FieldFrame } from './field';

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
      />
      {props.children}
    </label>
  );
}

/** A labelled select over typed choices: a plan field's (by path) or a form's own (by id). */
export function ChoiceField<T extends string>(
  props: FieldFrame & { choices: Choices<T>; value: T; onChange: (value: T) => void; disabled?: boolean },
) {
  const { choices, value, onChange, disabled, ...frame } = props;
  return (
    <Field {...frame}>
      {(wired) => (
        <ChoiceSelect {...wired} choices={choices} value={value} onChange={onChange} disabled={disabled} />
      )}
    </Field>
  );
}

/** One radio button a choice, with its words beside it (the group is the caller's: a radiogroup or fieldset). */
export function RadioChoices<T extends string>(props: {
  name: string;
  choices: Choices<T>;
  value: T;
  onChange: (value: T) => void;
}) {
  return props.choices.map(([value, label]) => (
    <label key={value} className="checkbox">
      <input
        type="radio"
        name={props.name}
        checked={props.value === value}
        onChange={() => props.onChange(value)}
      />
      {label}
    </label>
  ));
}

/** A quiet button that takes something out of the plan: its words are short, its name says what goes. */
export function RemoveButton(props: { label: string; onClick: () => void; word?: 'Remove' | 'Delete' }) {
  return (
    <button type="button" className="danger-quiet" aria-label={props.label} onClick={props.onClick}>
      {props.word ?? 'Remove'}
    </button>
  );
}
