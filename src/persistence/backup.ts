import { BACKUP_KIND, BackupFile, mergeDecision, type LoadError } from '../domain';
import type { WorkbenchDb } from './database';
import { recordFor } from './records';

export type RestoreReport = {
  added: string[];
  unchanged: string[];
  copies: string[];
  rejected: Array<{ index: number; message: string }>;
};

export async function backupAll(database: Promise<WorkbenchDb>, now: Date): Promise<string> {
  const db = await database;
  const records = await db.drafts.orderBy('updatedAt').reverse().toArray();
  const file: BackupFile = {
    kind: BACKUP_KIND,
    formatVersion: 1,
    createdAt: now.toISOString(),
    drafts: records.map((r) => ({ plan: r.plan, updatedAt: r.updatedAt, revision: r.revision })),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Merges a backup into the drafts; see mergeDecision for why nothing is overwritten. */
export async function restoreBackup(
  database: Promise<WorkbenchDb>,
  text: string,
  newId: () => string,
  now: Date,
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
    const local = await db.drafts.get(plan.id);
    const decision = mergeDecision(local ? { planJson: JSON.stringify(local.plan) } : null, {
      planJson: JSON.stringify(plan),
    });
    if (decision === 'same') report.unchanged.push(plan.title);
    else if (decision === 'add') {
      await db.drafts.add(recordFor(plan, null, entry.updatedAt, entry.revision));
      report.added.push(plan.title);
    } else {
      const copy = {
        ...plan,
        id: newId(),
        title: `${plan.title} (restored ${entry.updatedAt.slice(0, 10)})`.slice(0, 500),
      };
      await db.drafts.add(recordFor(copy, null, now.toISOString(), 1));
      report.copies.push(copy.title);
    }
  }
  return report;
}
