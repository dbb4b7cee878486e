import type { Transaction } from 'dexie';

/** Records are moved in slices so a browser with thousands of large drafts never holds all of them. */
const UPGRADE_BATCH = 100;

/**
 * v1 -> v2: each `drafts` record loses its `plan`, which moves to `planBodies` under the same id. Every
 * other field stays as it was, including ones this version does not know. Runs inside Dexie's upgrade
 * transaction: if anything fails, the database stays at v1 untouched.
 */
export async function splitPlanBodies(tx: Transaction): Promise<void> {
  const drafts = tx.table<Record<string, unknown>, string>('drafts');
  const bodies = tx.table<{ id: string; plan: unknown }, string>('planBodies');
  const keys = await drafts.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += UPGRADE_BATCH) {
    const slice = keys.slice(start, start + UPGRADE_BATCH);
    const records = await drafts.bulkGet(slice);
    const summaries: Array<Record<string, unknown>> = [];
    const planBodies: Array<{ id: string; plan: unknown }> = [];
    records.forEach((record, i) => {
      if (!record) return;
      const { plan, ...summary } = record;
      summaries.push(summary);
      planBodies.push({ id: slice[i]!, plan });
    });
    await bodies.bulkPut(planBodies);
    await drafts.bulkPut(summaries);
  }
}
