import { useCallback, useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { Plan } from '../domain';
import { useWorkbench } from '../state';

/**
 * A react-hook-form bound to one section of the plan. Every valid change is handed to `onValid`
 * (which dispatches a store action and so autosaves); invalid input stays in the form, shown inline,
 * and never reaches the plan, so nothing typed is lost and nothing invalid is stored.
 */
export function useSectionForm<TForm extends FieldValues>(options: {
  schema: z.ZodType<TForm, TForm>;
  values: TForm;
  onValid: (values: TForm) => void;
}) {
  const { schema } = options;
  const form = useForm<TForm>({
    resolver: zodResolver(schema) as unknown as Resolver<TForm>,
    defaultValues: options.values as DefaultValues<TForm>,
    mode: 'onChange',
  });
  const onValid = useRef(options.onValid);
  onValid.current = options.onValid;

  useEffect(() => {
    const subscription = form.watch((values) => {
      const parsed = schema.safeParse(values);
      if (parsed.success) onValid.current(parsed.data);
    });
    return () => subscription.unsubscribe();
  }, [form, schema]);

  return form;
}

/**
 * A section form over the open plan: `toForm` reads the section, `apply` writes valid values back
 * through the planEdited action (and so the autosave). Both are module-level functions, so stable.
 */
export function usePlanForm<TForm extends FieldValues>(
  schema: z.ZodType<TForm, TForm>,
  plan: Plan,
  toForm: (plan: Plan) => TForm,
  apply: (plan: Plan, values: TForm) => Plan,
) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const onValid = useCallback((values: TForm) => planEdited((p) => apply(p, values)), [planEdited, apply]);
  return useSectionForm({ schema, values: toForm(plan), onValid });
}
