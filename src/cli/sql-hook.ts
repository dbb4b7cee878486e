import type { Plan } from '../domain';
import type { SqlContext, SqlFacts } from '../engine';
import { analyzeSql, toSqlFacts } from '../sql';
import { planAnalysisInputs, type ExtraInputs } from '../sql/plan-inputs';

/**
 * The CLI's SQL analysis: the same parser and rules as the app, on the forward script, every phase
 * step that carries SQL and the rollback script, with table sizes from the plan's components and its
 * pasted statistics, and column types from its current schema.
 */
export async function analysePlanSql(plan: Plan, extra: ExtraInputs = {}): Promise<SqlContext> {
  const { dialect, forwardSql } = plan.assessment.schemaChange;
  const { tableRows, context: analysisContext } = planAnalysisInputs(plan, extra);
  const run = async (text: string): Promise<SqlFacts> =>
    toSqlFacts(await analyzeSql(text, { dialect, tableRows, context: analysisContext }));
  const context: SqlContext = {};
  if (forwardSql.trim() !== '') context.forward = await run(forwardSql);
  const steps: Record<string, SqlFacts> = {};
  for (const phase of plan.execution.phases) {
    for (const step of phase.steps) {
      if (step.sql.trim() !== '') steps[step.id] = await run(step.sql);
    }
  }
  if (Object.keys(steps).length > 0) context.steps = steps;
  const rollbackSql = plan.rollback.procedures.rollbackSql;
  if (rollbackSql.trim() !== '') context.rollback = await run(rollbackSql);
  return context;
}
