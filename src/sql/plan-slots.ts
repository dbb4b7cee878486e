import type { Plan } from '../domain/plan';
import { planAnalysisInputs, type ExtraInputs } from './plan-inputs';
import type { AnalyzeContext, SqlDialectName, SqlFacts } from './types';

/**
 * Which scripts of a plan are analysed, with which inputs, and how their facts become the engine's
 * SqlContext. The app's analysis (a worker, slot by slot) and the CLI's (in process) both start here,
 * so the same plan file gives the engine the same facts, and so the same verdict, everywhere.
 *
 * Slots name where a script lives: `forward` for the forward migration, `step:<stepId>` for a phase
 * step, `rollback` for the rollback script (issue 22: analysed like the forward one).
 */

export const FORWARD_SLOT = 'forward';
export const ROLLBACK_SLOT = 'rollback';
export const stepSlot = (stepId: string): string => `step:${stepId}`;

export type SqlSlotInput = {
  text: string;
  dialect: SqlDialectName;
  tableRows: Record<string, number>;
  /** A stable string for tableRows and context (see rowsKeyOf), part of the cache key. */
  rowsKey: string;
  /** Statistics provenance, rates and the current schema (issue 22). */
  context?: AnalyzeContext;
};

/** The engine's view of the analysed scripts (structurally the engine's SqlContext). */
export type PlanSqlContext = {
  forward?: SqlFacts;
  /** Keyed by phase step id. */
  steps?: Record<string, SqlFacts>;
  rollback?: SqlFacts;
};

const sortedEntries = <T>(o: Record<string, T>): [string, T][] =>
  Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** FNV-1a of a long text: the current schema can be megabytes, its key need not be. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** Sorted so that the same sizes in a different component order give the same key; the context too. */
export function rowsKeyOf(tableRows: Record<string, number>, context?: AnalyzeContext): string {
  const rows = JSON.stringify(sortedEntries(tableRows));
  if (!context) return rows;
  const stats = [...(context.statsTables ?? [])].sort().join(',');
  const rates = JSON.stringify(sortedEntries(context.rates ?? {}));
  return `${rows}|${stats}|${rates}|${textHash(context.schemaSql ?? '')}`;
}

/** The parts of a plan the SQL analysis reads; other edits must not rebuild the inputs. */
export type PlanSqlSource = {
  forwardSql: string;
  dialect: SqlDialectName;
  phases: Plan['execution']['phases'];
  components: Plan['assessment']['components'];
  rollbackSql: string;
  /** A pasted pg_stat_user_tables / pg_class snapshot: real sizes and rates. */
  tableStats: string;
  /** The schema before the migration: column types. */
  currentSchemaSql: string;
};

export const sqlSourceOf = (plan: Plan): PlanSqlSource => ({
  forwardSql: plan.assessment.schemaChange.forwardSql,
  dialect: plan.assessment.schemaChange.dialect,
  phases: plan.execution.phases,
  components: plan.assessment.components,
  rollbackSql: plan.rollback.procedures.rollbackSql,
  tableStats: plan.assessment.schemaChange.tableStats,
  currentSchemaSql: plan.assessment.schemaChange.currentSchemaSql,
});

/** Whether two sources hold the very same parts (identity: the plan is immutable). */
export const sameSqlSource = (a: PlanSqlSource, b: PlanSqlSource): boolean =>
  a.forwardSql === b.forwardSql &&
  a.dialect === b.dialect &&
  a.phases === b.phases &&
  a.components === b.components &&
  a.rollbackSql === b.rollbackSql &&
  a.tableStats === b.tableStats &&
  a.currentSchemaSql === b.currentSchemaSql;

/** Every non-empty script of the plan with its analysis inputs, all in the plan's dialect. */
export function planSqlSlots(source: PlanSqlSource, extra: ExtraInputs = {}): Map<string, SqlSlotInput> {
  const { tableRows, context } = planAnalysisInputs(
    {
      assessment: {
        components: source.components,
        schemaChange: { tableStats: source.tableStats, currentSchemaSql: source.currentSchemaSql },
      },
    },
    extra,
  );
  const rowsKey = rowsKeyOf(tableRows, context);
  const inputs = new Map<string, SqlSlotInput>();
  const put = (slot: string, text: string) => {
    // An empty script is not analysed: the engine sees no facts for it, which is the truth.
    if (text.trim() !== '') inputs.set(slot, { text, dialect: source.dialect, tableRows, rowsKey, context });
  };
  put(FORWARD_SLOT, source.forwardSql);
  for (const phase of source.phases) for (const step of phase.steps) put(stepSlot(step.id), step.sql);
  put(ROLLBACK_SLOT, source.rollbackSql);
  return inputs;
}

/** The engine's SqlContext from facts by slot; slots without facts are left out. */
export function sqlContextOf(facts: Iterable<readonly [string, SqlFacts]>): PlanSqlContext {
  const context: PlanSqlContext = {};
  const steps: Record<string, SqlFacts> = {};
  for (const [slot, f] of facts) {
    if (slot === FORWARD_SLOT) context.forward = f;
    else if (slot === ROLLBACK_SLOT) context.rollback = f;
    else if (slot.startsWith('step:')) steps[slot.slice(5)] = f;
  }
  if (Object.keys(steps).length > 0) context.steps = steps;
  return context;
}
