import type { Plan } from '../domain';
import type { SqlContext } from '../engine';
import { analyzeSql, toSqlFacts, type SqlFacts } from '../sql';
import type { ExtraInputs } from '../sql/plan-inputs';
import { planSqlSlots, sqlContextOf, sqlSourceOf } from '../sql/plan-slots';

/**
 * The CLI's SQL analysis: the same scripts, inputs and parser as the app's (planSqlSlots), run in
 * process, so the CLI and the app hand the engine the same facts for the same file.
 */
export async function analysePlanSql(plan: Plan, extra: ExtraInputs = {}): Promise<SqlContext> {
  const facts: Array<[string, SqlFacts]> = [];
  for (const [slot, input] of planSqlSlots(sqlSourceOf(plan), extra)) {
    const { text, dialect, tableRows, context } = input;
    facts.push([slot, toSqlFacts(await analyzeSql(text, { dialect, tableRows, context }))]);
  }
  return sqlContextOf(facts);
}
