import { z } from 'zod';
import type { Plan } from '../../domain';

export const PlanDetailsForm = z.object({
  title: z.string().trim().min(1, 'A plan needs a title.').max(500, 'At most 500 characters.'),
  summary: z.string().max(10_000, 'At most 10,000 characters.'),
  /** One owner per line: easier to edit than a list widget, and pastes well. */
  owners: z.string().max(50_000),
  targetDate: z.union([z.literal(''), z.iso.date('Use a date such as 2026-12-09.')]),
});
export type PlanDetailsForm = z.infer<typeof PlanDetailsForm>;

export const PLAN_DETAILS_PATHS = {
  title: 'title',
  summary: 'summary',
  owners: 'owners',
  targetDate: 'targetDate',
} as const satisfies Record<keyof PlanDetailsForm, string>;

export function toPlanDetailsForm(plan: Plan): PlanDetailsForm {
  return {
    title: plan.title,
    summary: plan.summary,
    owners: plan.owners.join('\n'),
    targetDate: plan.targetDate ?? '',
  };
}

export function applyPlanDetailsForm(plan: Plan, form: PlanDetailsForm): Plan {
  const owners = form.owners
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.slice(0, 500));
  return {
    ...plan,
    title: form.title.trim(),
    summary: form.summary,
    owners,
    targetDate: form.targetDate === '' ? null : form.targetDate,
  };
}
