import type { Plan } from '../domain';
import type { SqlContext, SqlFacts } from '../engine';
import { analyzeSql, toSqlFacts } from '../sql';
import { planSqlSlots, sqlContextOf, sqlSourceOf } from '../sql/plan-slots';

/**
 * The CLI's SQL analysis: the same scripts, inputs and parser as the app's (planSqlSlots), run in
 * process, so the CLI and the app hand the engine the same facts for the same file.
 */
export async function analysePlanSql(plan: Plan): Promise<SqlContext> {
  const facts: Array<[string, SqlFacts]> = [];
  for (const [slot, input] of planSqlSlots(sqlSourceOf(plan))) {
    const { text, dialect, tableRows } = input;
    facts.push([slot, toSqlFacts(await analyzeSql(text, { dialect, tableRows }))]);
  }
  return sqlContextOf(facts);
}
