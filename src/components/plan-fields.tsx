import type { ReactNode } from 'react';
import type {
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from 'react-hook-form';
import { Options, type Choices } from './controls';
import { Field, fieldId, type ControlWiring } from './field';

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

/**
 * The frame of a bound field: label, help and message said once, and the control wired to them (its
 * id, aria-invalid and aria-describedby, aria-required) and to the form.
 */
function Bound(props: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const { path, label, help, error, wide, required, control } = props;
  return (
    <Field path={path} label={label} help={help} error={error} wide={wide}>
      {(wired) => props.children({ ...wired, 'aria-required': required ? true : undefined, ...control })}
    </Field>
  );
}
type ControlProps = ControlWiring & UseFormRegisterReturn & { 'aria-required': true | undefined };

export function TextField(props: FieldProps & { type?: 'date' | 'datetime-local'; maxLength?: number }) {
  return (
    <Bound {...props}>
      {(control) => <input type={props.type} maxLength={props.maxLength} {...control} />}
    </Bound>
  );
}

/**
 * A number as people type it ("30k", "1.5 KiB"): a text box, so that what does not read is kept as
 * typed; the reading is the binding's (`setValueAs`).
 */
export function NumberField(props: FieldProps) {
  return <Bound {...props}>{(control) => <input type="text" inputMode="decimal" {...control} />}</Bound>;
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  return <Bound {...props}>{(control) => <textarea rows={props.rows ?? 3} {...control} />}</Bound>;
}

export function SelectField(props: FieldProps & { choices: Choices }) {
  return (
    <Bound {...props}>
      {(control) => (
        <select {...control}>
          <Options choices={props.choices} />
        </select>
      )}
    </Bound>
  );
}

/** A tick box with its words beside it; a yes/no never fails on its own, so it has no message. */
export function CheckboxField(props: BoundField & { label: ReactNode }) {
  return (
    <label className="checkbox">
      <input type="checkbox" id={fieldId(props.path)} {...props.control} />
      {props.label}
    </label>
  );
}

/**
 * Choices as cards, each with its name and a line on it: radio buttons for one of them, tick boxes for
 * several; the chosen ones stand out. The first card's control has the field's id, so a finding about the
 * field focuses the group. A choice never fails on its own, so it has no message.
 */
export function ChoiceCardsField<T extends string>(
  props: BoundField & {
    type: 'radio' | 'checkbox';
    choices: ReadonlyArray<{ id: T; name: string; description: string }>;
    chosen: (id: T) => boolean;
  },
) {
  return (
    <div className="choice-grid">
      {props.choices.map((choice, index) => (
        <label key={choice.id} className={`choice${props.chosen(choice.id) ? ' choice-chosen' : ''}`}>
          <input
            type={props.type}
            value={choice.id}
            id={index === 0 ? fieldId(props.path) : undefined}
            {...props.control}
          />
          <span>
            <strong>{choice.name}</strong>
            <small>{choice.description}</small>
          </span>
        </label>
      ))}
    </div>
  );
}
