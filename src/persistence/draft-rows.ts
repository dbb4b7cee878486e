import type { WorkbenchDb } from './database';
import { partsOf, type DraftRecord } from './records';

/**
 * Writes summary and plan together. Call inside a transaction over both tables: a draft whose list
 * row and plan disagree must never be stored. `add` fails (and the transaction with it) when either
 * half exists already, so a new draft never lands on top of an old one.
 */
export async function putDraft(db: WorkbenchDb, record: DraftRecord, mode: 'add' | 'put'): Promise<void> {
  const { summary, body } = partsOf(record);
  if (mode === 'add') await Promise.all([db.drafts.add(summary), db.planBodies.add(body)]);
  else await Promise.all([db.drafts.put(summary), db.planBodies.put(body)]);
}

/** Both halves of a draft, or null when either is missing. Call inside a transaction over both. */
export async function getDraft(db: WorkbenchDb, id: string): Promise<DraftRecord | null> {
  const [summary, body] = await Promise.all([db.drafts.get(id), db.planBodies.get(id)]);
  if (!summary || !body) return null;
  return body.unsaved
    ? { ...summary, plan: body.plan, unsaved: body.unsaved }
    : { ...summary, plan: body.plan };
}
