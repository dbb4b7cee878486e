import type { ReactNode } from 'react';
import type {
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from 'react-hook-form';
import { describedBy, Field, fieldId } from './field';

/**
 * One field of a section form, bound to its plan path: the path gives the control its id (what the save
 * status links to and focus moves to, and where the kept raw text is read from), the form its value and
 * its message. Every control below takes one, spread: `<TextField {...field('title')} label="Title" />`.
 */
export type BoundField = { path: string; error: string | undefined; control: UseFormRegisterReturn };

/** What a person reads around a control: its label, the help under it, and whether it takes a whole row. */
type Words = { label: string; help?: ReactNode; wide?: boolean; required?: boolean };
type FieldProps = BoundField & Words;

/**
 * Binds a section form's fields to their plan paths. The message read is the form's for that field; a
 * rule the form does not know (a choice that asks for a reason) is given as `error` after the spread.
 */
export function fieldBinder<TForm extends FieldValues>(
  form: UseFormReturn<TForm>,
  paths: Readonly<Record<keyof TForm & string, string>>,
) {
  return <K extends Path<TForm> & keyof TForm & string>(
    name: K,
    options?: RegisterOptions<TForm, K>,
  ): BoundField => ({
    path: paths[name],
    error: form.getFieldState(name, form.formState).error?.message,
    control: form.register(name, options),
  });
}

/** The id, the help and message it is described by, and the form's handlers. */
function wiring(props: FieldProps) {
  return {
    ...describedBy(props.path, { help: Boolean(props.help), error: props.error }),
    'aria-required': props.required ? true : undefined,
    ...props.control,
  };
}

function Frame(props: FieldProps & { children: ReactNode }) {
  return (
    <Field path={props.path} label={props.label} help={props.help} error={props.error} wide={props.wide}>
      {props.children}
    </Field>
  );
}

export function TextField(props: FieldProps & { type?: 'date' | 'datetime-local'; maxLength?: number }) {
  return (
    <Frame {...props}>
      <input type={props.type} maxLength={props.maxLength} {...wiring(props)} />
    </Frame>
  );
}

/**
 * A number as people type it ("30k", "1.5 KiB"): a text box, so that what does not read is kept as
 * typed; the reading is the binding's (`setValueAs`).
 */
export function NumberField(props: FieldProps) {
  return (
    <Frame {...props}>
      <input type="text" inputMode="decimal" {...wiring(props)} />
    </Frame>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  return (
    <Frame {...props}>
      <textarea rows={props.rows ?? 3} {...wiring(props)} />
    </Frame>
  );
}

/** A select's choices in order: each value with the words shown for it. */
export type Choices = ReadonlyArray<readonly [value: string, label: string]>;

/** The choices of an enum, in its order, each with its words. */
export const choicesOf = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => [value, labels[value]] as const);

export function SelectField(props: FieldProps & { choices: Choices }) {
  return (
    <Frame {...props}>
      <select {...wiring(props)}>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A tick box with its words beside it; a yes/no never fails on its own, so it has no message. */
export function CheckboxField(props: BoundField & { label: ReactNode }) {
  return (
    <label className="checkbox">
      <input type="checkbox" id={fieldId(props.path)} {...props.control} /> {props.label}
    </label>
  );
}
