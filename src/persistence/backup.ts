import { BACKUP_KIND, BackupFile, mergeDecision, type LoadError, type Plan } from '../domain';
import type { WorkbenchDb } from './database';
import { putDraft } from './draft-rows';
import { recordFor, type ReadinessSummary } from './records';

export type RestoreReport = {
  added: string[];
  unchanged: string[];
  copies: string[];
  rejected: Array<{ index: number; message: string }>;
};

/** Plans are read in slices: a backup of 1,000 large drafts never needs two copies of all of them. */
const BACKUP_BATCH = 200;

export async function backupAll(database: Promise<WorkbenchDb>, now: Date): Promise<string> {
  const db = await database;
  const drafts: BackupFile['drafts'] = [];
  // One read transaction: a save in another tab cannot slip between a summary and its plan.
  await db.transaction('r', [db.drafts, db.planBodies], async () => {
    const summaries = await db.drafts.orderBy('updatedAt').reverse().toArray();
    for (let start = 0; start < summaries.length; start += BACKUP_BATCH) {
      const slice = summaries.slice(start, start + BACKUP_BATCH);
      const bodies = await db.planBodies.bulkGet(slice.map((s) => s.id));
      slice.forEach((s, i) => {
        const body = bodies[i];
        // A summary without its plan has nothing to back up; the list shows it cannot be opened.
        if (body) drafts.push({ plan: body.plan, updatedAt: s.updatedAt, revision: s.revision });
      });
    }
  });
  const file: BackupFile = { kind: BACKUP_KIND, formatVersion: 1, createdAt: now.toISOString(), drafts };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Merges a backup into the drafts; see mergeDecision for why nothing is overwritten. */
export async function restoreBackup(
  database: Promise<WorkbenchDb>,
  text: string,
  options: {
    newId: () => string;
    rate: (plan: Plan) => Promise<ReadinessSummary | null>;
    now: Date;
  },
): Promise<RestoreReport | { error: LoadError }> {
  const { loadPlanValue, issuesFrom } = await import('../domain/load');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: { code: 'not-json', message: 'The backup is not valid JSON.', issues: [] } };
  }
  const parsed = BackupFile.safeParse(value);
  if (!parsed.success) {
    const issues = issuesFrom(parsed.error);
    return {
      error: {
        code: 'wrong-kind',
        message:
          `This is not a Migration Workbench backup: ${issues[0]?.path ?? ''} ${issues[0]?.message ?? ''}`.trim(),
        issues,
      },
    };
  }
  const db = await database;
  const report: RestoreReport = { added: [], unchanged: [], copies: [], rejected: [] };
  for (const [index, entry] of parsed.data.drafts.entries()) {
    const loaded = loadPlanValue(entry.plan);
    if (!loaded.ok) {
      report.rejected.push({ index, message: `Draft ${index + 1}: ${loaded.error.message}` });
      continue;
    }
    const plan = loaded.plan;
    const local = await db.planBodies.get(plan.id);
    const decision = mergeDecision(local ? { planJson: JSON.stringify(local.plan) } : null, {
      planJson: JSON.stringify(plan),
    });
    if (decision === 'same') {
      report.unchanged.push(plan.title);
      continue;
    }
    const stored: Plan =
      decision === 'add'
        ? plan
        : {
            ...plan,
            id: options.newId(),
            title: `${plan.title} (restored ${entry.updatedAt.slice(0, 10)})`.slice(0, 500),
          };
    // Rated before the write: awaiting the engine inside a transaction would let it commit early.
    const readiness = await options.rate(stored);
    const record =
      decision === 'add'
        ? recordFor(stored, readiness, entry.updatedAt, entry.revision)
        : recordFor(stored, readiness, options.now.toISOString(), 1);
    // `add`, not `put`: should a draft with this id appear meanwhile (another tab), it is not overwritten.
    await db.transaction('rw', [db.drafts, db.planBodies], () => putDraft(db, record, 'add'));
    (decision === 'add' ? report.added : report.copies).push(stored.title);
  }
  return report;
}
