import { z } from 'zod';

/** A backup of every draft in one file. Plans inside stay raw: each goes through the load pipeline. */
export const BACKUP_KIND = 'migration-workbench-backup';
export const BackupFile = z.object({
  kind: z.literal(BACKUP_KIND),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  drafts: z
    .array(z.object({ plan: z.unknown(), updatedAt: z.string(), revision: z.number().int().min(1) }))
    .max(100_000),
});
export type BackupFile = z.infer<typeof BackupFile>;

export type MergeDecision = 'add' | 'same' | 'keep-both';

/**
 * Restoring never overwrites silently: a draft that is not here is added; one that is here with the
 * same content is left alone; any other (older or newer) comes back as a copy beside the local one.
 */
export function mergeDecision(
  local: { planJson: string } | null,
  incoming: { planJson: string },
): MergeDecision {
  if (local === null) return 'add';
  return local.planJson === incoming.planJson ? 'same' : 'keep-both';
}
