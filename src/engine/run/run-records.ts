import type { Plan } from '../../domain';

/** The small records of migration day that change no phase: who runs it, what was sent, what was confirmed. */

export const nameOperator = (plan: Plan, name: string): Plan => ({
  ...plan,
  run: { ...plan.run, operator: name.trim().slice(0, 500) },
});

/** A stakeholder update as it was copied out (SC-08), kept with the run. */
export const recordStatusUpdate = (plan: Plan, phaseId: string | null, text: string, now: Date): Plan => ({
  ...plan,
  run: {
    ...plan.run,
    stakeholderUpdates: [...plan.run.stakeholderUpdates, { at: now.toISOString(), phaseId, text }],
  },
});

/** A success criterion the operator confirmed (or took back) by hand. */
export function confirmCriterion(plan: Plan, criterion: string, confirmed: boolean): Plan {
  const others = plan.run.confirmedCriteria.filter((c) => c !== criterion);
  return { ...plan, run: { ...plan.run, confirmedCriteria: confirmed ? [...others, criterion] : others } };
}
