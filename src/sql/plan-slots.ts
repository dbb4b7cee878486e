import type { Plan } from '../domain/plan';
import { tableRowsFromComponents } from './table-rows';
import type { SqlDialectName, SqlFacts } from './types';

/**
 * Which scripts of a plan are analysed, with which inputs, and how their facts become the engine's
 * SqlContext. The app's analysis (a worker, slot by slot) and the CLI's (in process) both start here,
 * so the same plan file gives the engine the same facts, and so the same verdict, everywhere.
 *
 * Slots name where a script lives: `forward` for the forward migration, `step:<stepId>` for a phase
 * step.
 */

export const FORWARD_SLOT = 'forward';
export const stepSlot = (stepId: string): string => `step:${stepId}`;

export type SqlSlotInput = {
  text: string;
  dialect: SqlDialectName;
  tableRows: Record<string, number>;
  /** A stable string for tableRows (see rowsKeyOf), part of the cache key. */
  rowsKey: string;
};

/** The engine's view of the analysed scripts (structurally the engine's SqlContext). */
export type PlanSqlContext = {
  forward?: SqlFacts;
  /** Keyed by phase step id. */
  steps?: Record<string, SqlFacts>;
};

/** Sorted so that the same sizes in a different component order give the same key. */
export function rowsKeyOf(tableRows: Record<string, number>): string {
  return JSON.stringify(Object.entries(tableRows).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The parts of a plan the SQL analysis reads; other edits must not rebuild the inputs. */
export type PlanSqlSource = {
  forwardSql: string;
  dialect: SqlDialectName;
  phases: Plan['execution']['phases'];
  components: Plan['assessment']['components'];
};

export const sqlSourceOf = (plan: Plan): PlanSqlSource => ({
  forwardSql: plan.assessment.schemaChange.forwardSql,
  dialect: plan.assessment.schemaChange.dialect,
  phases: plan.execution.phases,
  components: plan.assessment.components,
});

/** Whether two sources hold the very same parts (identity: the plan is immutable). */
export const sameSqlSource = (a: PlanSqlSource, b: PlanSqlSource): boolean =>
  a.forwardSql === b.forwardSql &&
  a.dialect === b.dialect &&
  a.phases === b.phases &&
  a.components === b.components;

/** Every non-empty script of the plan with its analysis inputs, all in the plan's dialect. */
export function planSqlSlots(source: PlanSqlSource): Map<string, SqlSlotInput> {
  const tableRows = tableRowsFromComponents(source.components);
  const rowsKey = rowsKeyOf(tableRows);
  const inputs = new Map<string, SqlSlotInput>();
  const put = (slot: string, text: string) => {
    // An empty script is not analysed: the engine sees no facts for it, which is the truth.
    if (text.trim() !== '') inputs.set(slot, { text, dialect: source.dialect, tableRows, rowsKey });
  };
  put(FORWARD_SLOT, source.forwardSql);
  for (const phase of source.phases) for (const step of phase.steps) put(stepSlot(step.id), step.sql);
  return inputs;
}

/** The engine's SqlContext from facts by slot; slots without facts are left out. */
export function sqlContextOf(facts: Iterable<readonly [string, SqlFacts]>): PlanSqlContext {
  const context: PlanSqlContext = {};
  const steps: Record<string, SqlFacts> = {};
  for (const [slot, f] of facts) {
    if (slot === FORWARD_SLOT) context.forward = f;
    else if (slot.startsWith('step:')) steps[slot.slice(5)] = f;
  }
  if (Object.keys(steps).length > 0) context.steps = steps;
  return context;
}
