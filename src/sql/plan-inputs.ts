import type { Plan } from '../domain';
import { parseTableStats } from './table-stats';
import { tableRatesFromComponents, tableRowsFromComponents } from './table-rows';
import type { AnalyzeContext, TableRates } from './types';

/** What the analysis of a plan's scripts knows besides the SQL: sizes, rates and the current schema. */
export type PlanAnalysisInputs = { tableRows: Record<string, number>; context: AnalyzeContext };

export type ExtraInputs = {
  /** Row counts given on the command line (--rows table=N): they win over everything. */
  rows?: Record<string, number>;
  /** Rates given on the command line (--rates table=reads:writes). */
  rates?: Record<string, TableRates>;
  /** A statistics snapshot from a file (CLI --stats), read like the plan's pasted one. */
  statsText?: string;
};

/**
 * Sizes from the plan's components, then the pasted statistics snapshot (real counts win over
 * estimates), then the command line; rates likewise; the current schema for column types.
 */
export type PlanStatsSource = {
  assessment: {
    components: Plan['assessment']['components'];
    schemaChange: Pick<Plan['assessment']['schemaChange'], 'tableStats' | 'currentSchemaSql'>;
  };
};

export function planAnalysisInputs(plan: PlanStatsSource, extra: ExtraInputs = {}): PlanAnalysisInputs {
  const change = plan.assessment.schemaChange;
  const components = plan.assessment.components;
  const stats = [change.tableStats, extra.statsText ?? '']
    .filter((t) => t.trim() !== '')
    .map(parseTableStats);
  const tableRows: Record<string, number> = { ...tableRowsFromComponents(components) };
  const rates: Record<string, TableRates> = { ...tableRatesFromComponents(components) };
  const statsTables: string[] = [];
  for (const s of stats) {
    Object.assign(tableRows, s.rows);
    Object.assign(rates, s.rates);
    statsTables.push(...Object.keys(s.rows));
  }
  Object.assign(tableRows, extra.rows ?? {});
  Object.assign(rates, extra.rates ?? {});
  const context: AnalyzeContext = {};
  if (statsTables.length > 0) context.statsTables = statsTables;
  if (Object.keys(rates).length > 0) context.rates = rates;
  if (change.currentSchemaSql.trim() !== '') context.schemaSql = change.currentSchemaSql;
  return { tableRows, context };
}
