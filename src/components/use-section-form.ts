import { useCallback, useEffect, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type ResolverResult,
} from 'react-hook-form';
import type { z } from 'zod';
import { fieldId } from './field';
import { fieldBinder } from './plan-fields';

/** The typed text of a field the plan cannot hold yet, by the field's plan path. */
export type HeldField = { label: string; raw: string; message: string };

/** How a section form meets the plan: the features bind it to the store's actions. */
export type SectionBinding<TForm> = {
  /** Applies values to the plan: every field that is valid on its own, even when another is not. */
  onApply: (values: TForm) => void;
  /** Reports the fields the plan cannot hold (`held`, by plan path) and those it holds again. */
  onHeld: (held: Record<string, HeldField>, released: string[]) => void;
  /** What the draft kept of this form's fields when it was last saved: put back on opening. */
  kept: Readonly<Record<string, HeldField>>;
};

type SectionSchema<TForm> = z.ZodType<TForm, TForm> & { shape: Record<string, z.ZodType> };

/**
 * A react-hook-form bound to one section of the plan. Nothing typed is lost: each field that is valid
 * on its own reaches the plan at once, even while another field of the section is not (a whole-form
 * parse would drop them all); a field that is not is kept as typed, shown with its message, reported
 * to the store (so the draft keeps the text and the save status says "1 field not saved"), and put
 * back when the draft is opened again. Rules across fields (a scheduled window needs its length) do
 * not hold the fields back: they show at once, also on a field the person has not touched yet.
 *
 * `paths` names each form field's plan path: the key of what is kept, and where focus goes.
 */
export function useSectionForm<TForm extends FieldValues>(options: {
  schema: SectionSchema<TForm>;
  values: TForm;
  paths: Readonly<Partial<Record<keyof TForm & string, string>>>;
  binding: SectionBinding<TForm>;
}) {
  const { schema, paths } = options;
  /** The last value each field had that the plan could hold: what a refused field stands in with. */
  const lastGood = useRef<Record<string, unknown>>({ ...options.values });
  // The messages shown are the ones checkSection finds: a field's own, and the rules across fields
  // judged with the refused fields standing in (zod skips a refinement while any field fails).
  const resolver = useCallback(
    (values: TForm): ResolverResult<TForm> => {
      const { issues } = checkSection(schema, values, lastGood.current);
      if (Object.keys(issues).length === 0) return { values, errors: {} };
      const errors: Record<string, FieldError> = {};
      for (const [key, message] of Object.entries(issues)) errors[key] = { type: 'validate', message };
      return { values: {}, errors: errors as FieldErrors<TForm> };
    },
    [schema],
  );
  const form = useForm<TForm>({
    resolver,
    defaultValues: options.values as DefaultValues<TForm>,
    mode: 'onChange',
  });
  const binding = useRef(options.binding);
  binding.current = options.binding;

  const check = useCallback(
    (values: Record<string, unknown>) => {
      const { applied, issues, good } = checkSection(schema, values, lastGood.current);
      lastGood.current = good;
      binding.current.onApply(applied as TForm);
      const held: Record<string, HeldField> = {};
      for (const [key, message] of Object.entries(issues)) hold(held, paths, key, values[key], message);
      const released = Object.keys(schema.shape)
        .map((key) => pathOf(paths, key))
        .filter((path) => !(path in held));
      binding.current.onHeld(held, released);
      // Show every message now, also on a field that a choice has just revealed.
      if (Object.keys(issues).length > 0) void form.trigger();
    },
    [schema, paths, form],
  );
  // What the draft kept from the last visit: typed back into its fields, with its message.
  useEffect(() => {
    const kept = binding.current.kept;
    let restored = false;
    for (const key of Object.keys(schema.shape)) {
      const field = kept[pathOf(paths, key)];
      if (!field) continue;
      form.setValue(key as Path<TForm>, field.raw as never, { shouldDirty: true });
      restored = true;
    }
    if (restored) void form.trigger();
  }, [form, schema, paths]);

  useEffect(() => {
    const subscription = form.watch((values) => check(values as Record<string, unknown>));
    return () => subscription.unsubscribe();
  }, [form, check]);

  return form;
}

/**
 * Each field on its own first: a valid one is taken (its parsed value becomes its last good one), an
 * invalid one stands in with its last good value. Then the whole section, so the rules across fields
 * are judged on what the plan would hold. Returns the values to apply and every message by field.
 */
function checkSection(
  schema: SectionSchema<FieldValues>,
  values: Record<string, unknown>,
  lastGood: Record<string, unknown>,
): { applied: Record<string, unknown>; issues: Record<string, string>; good: Record<string, unknown> } {
  const issues: Record<string, string> = {};
  const good = { ...lastGood };
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const one = fieldSchema.safeParse(values[key]);
    if (one.success) good[key] = one.data;
    else issues[key] = one.error.issues[0]?.message ?? 'Not valid.';
  }
  const whole = schema.safeParse(good);
  if (whole.success) return { applied: whole.data, issues, good };
  for (const issue of whole.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key in schema.shape && !(key in issues)) issues[key] = issue.message;
  }
  return { applied: good, issues, good };
}

const pathOf = (paths: Readonly<Record<string, string | undefined>>, key: string) => paths[key] ?? key;

/** The field's text as typed (a number box's value is NaN for "12x"; the element has the text). */
function typedText(path: string, value: unknown): string {
  const element = typeof document === 'undefined' ? null : document.getElementById(fieldId(path));
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function labelOf(path: string, key: string): string {
  const label =
    typeof document === 'undefined' ? null : document.querySelector(`label[for="${fieldId(path)}"]`);
  return label?.textContent?.trim() || key;
}

function hold(
  held: Record<string, HeldField>,
  paths: Readonly<Record<string, string | undefined>>,
  key: string,
  value: unknown,
  message: string,
): void {
  const path = pathOf(paths, key);
  held[path] = { label: labelOf(path, key), raw: typedText(path, value), message };
}

/** The store's side of a plan form, as state/use-plan-binding.ts gives it. */
export type PlanBinding<TPlan> = {
  planEdited: (update: (plan: TPlan) => TPlan) => void;
  fieldsChecked: (held: Record<string, HeldField>, released: readonly string[]) => void;
  unsavedFields: Readonly<Record<string, HeldField>>;
};

/**
 * A section form over the open plan: `toForm` reads the section, `apply` writes values back through
 * the planEdited action (and so the autosave). Both are module-level functions, so stable. Returns the
 * form and `field`, which binds a form field to its plan path for the controls of ./plan-fields.
 */
export function usePlanForm<TPlan, TForm extends FieldValues>(
  schema: SectionSchema<TForm>,
  plan: TPlan,
  toForm: (plan: TPlan) => TForm,
  apply: (plan: TPlan, values: TForm) => TPlan,
  paths: Readonly<Record<keyof TForm & string, string>>,
  store: PlanBinding<TPlan>,
) {
  const { planEdited, fieldsChecked, unsavedFields } = store;
  const onApply = useCallback((values: TForm) => planEdited((p) => apply(p, values)), [planEdited, apply]);
  const form = useSectionForm({
    schema,
    values: toForm(plan),
    paths,
    binding: { onApply, onHeld: fieldsChecked, kept: unsavedFields },
  });
  return { form, field: fieldBinder(form, paths) };
}
