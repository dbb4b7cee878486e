import type { Plan } from '../domain';
import type { SqlFacts } from '../sql';
import { planSqlSlots, sqlContextOf, sqlSourceOf } from '../sql/plan-slots';
import { readinessSummary } from './readiness';
import { getServices } from './services';

/**
 * The verdict of a draft that is not open (just imported, created from the example, restored from a
 * backup, or stored before its SQL was analysed), worked out exactly as the editor's store does: the
 * same scripts analysed by the same worker, the same engine, the clock at the minute. It is written
 * only while the draft is still at the revision it was worked out for.
 */
export async function refreshReadiness(plan: Plan, revision: number): Promise<boolean> {
  const { drafts, analyseSql, now } = getServices();
  const { evaluate } = await import('../engine');
  const facts: Array<[string, SqlFacts]> = [];
  for (const [slot, input] of planSqlSlots(sqlSourceOf(plan))) {
    try {
      facts.push([slot, (await analyseSql(input)).facts]);
    } catch {
      // The editor shows such a script as "could not be analysed" and the engine falls back to its own
      // scan; without its facts the verdict here is the same one.
    }
  }
  const nowMs = Math.floor(now().getTime() / 60_000) * 60_000;
  const evaluation = evaluate(plan, { now: new Date(nowMs), sql: sqlContextOf(facts) });
  return drafts.saveReadiness(plan.id, revision, readinessSummary(evaluation, nowMs));
}

/** Works out, one at a time in the background, the verdicts the drafts list does not have yet. */
export async function refreshStoredReadiness(ids: readonly string[]): Promise<number> {
  let written = 0;
  for (const id of ids) {
    const loaded = await getServices().drafts.load(id);
    if (!loaded.ok) continue;
    if (await refreshReadiness(loaded.plan, loaded.revision)) written += 1;
  }
  return written;
}
