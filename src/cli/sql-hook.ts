import type { Plan } from '../domain';
import type { SqlContext, SqlFacts } from '../engine';
import { analyzeSql, tableRowsFromComponents, toSqlFacts } from '../sql';

/**
 * The CLI's SQL analysis: the same parser and rules as the app, on the forward script and on every
 * phase step that carries SQL, with table sizes from the plan's components.
 */
export async function analysePlanSql(plan: Plan): Promise<SqlContext> {
  const { dialect, forwardSql } = plan.assessment.schemaChange;
  const tableRows = tableRowsFromComponents(plan.assessment.components);
  const run = async (text: string): Promise<SqlFacts> =>
    toSqlFacts(await analyzeSql(text, { dialect, tableRows }));
  const context: SqlContext = {};
  if (forwardSql.trim() !== '') context.forward = await run(forwardSql);
  const steps: Record<string, SqlFacts> = {};
  for (const phase of plan.execution.phases) {
    for (const step of phase.steps) {
      if (step.sql.trim() !== '') steps[step.id] = await run(step.sql);
    }
  }
  if (Object.keys(steps).length > 0) context.steps = steps;
  return context;
}
