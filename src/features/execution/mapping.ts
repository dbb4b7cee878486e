import { z } from 'zod';
import { quantityError, type Plan } from '../../domain';

export const ExecutionBasicsForm = z.object({
  soakHours: z
    .number({ error: quantityError('rate', 'Soak hours must be a number.') })
    .min(0, 'Soak hours cannot be negative.'),
  coordinator: z.string().max(500),
  crossTeamScheduleConfirmed: z.boolean(),
});
export type ExecutionBasicsForm = z.infer<typeof ExecutionBasicsForm>;

export const EXECUTION_BASICS_PATHS = {
  soakHours: 'execution.soakHours',
  coordinator: 'execution.coordinator',
  crossTeamScheduleConfirmed: 'execution.crossTeamScheduleConfirmed',
} as const satisfies Record<keyof ExecutionBasicsForm, string>;

export const toExecutionBasics = (plan: Plan): ExecutionBasicsForm => ({
  soakHours: plan.execution.soakHours,
  coordinator: plan.execution.coordinator,
  crossTeamScheduleConfirmed: plan.execution.crossTeamScheduleConfirmed,
});

export const applyExecutionBasics = (plan: Plan, f: ExecutionBasicsForm): Plan => ({
  ...plan,
  execution: { ...plan.execution, ...f },
});
