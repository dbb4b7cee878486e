import type { LoadError, Plan } from '../domain';
import type { WorkbenchDb } from './database';
import { recordFor, summaryOf, type DraftRecord, type DraftSummary, type ReadinessSummary } from './records';

export type LoadDraftResult =
  | { ok: true; plan: Plan; revision: number; updatedAt: string }
  | { ok: false; error: LoadError | { code: 'not-found'; message: string; issues: [] } };

export type SaveOutcome =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; current: DraftRecord }
  | { ok: false; reason: 'quota' | 'failed'; message: string };

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;

/**
 * The load pipeline (and zod behind it) is fetched on first use: listing drafts, the first screen,
 * never needs it, and that keeps the first load inside its budget. It must be fetched before a
 * transaction starts: awaiting anything but IndexedDB inside one lets it commit early.
 */
const pipeline = () => import('../domain/load');

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * The only code that reads and writes drafts. `source` is the database, or a promise of it: the
 * browser opens IndexedDB first and falls back to memory when it cannot (see open-database.ts).
 */
export function createDraftsRepository(source: WorkbenchDb | Promise<WorkbenchDb>, clock: () => Date) {
  const database = Promise.resolve(source);
  const stamp = () => clock().toISOString();

  async function list(): Promise<DraftSummary[]> {
    const db = await database;
    const records = await db.drafts.orderBy('updatedAt').reverse().toArray();
    return records.map(summaryOf);
  }

  async function load(id: string): Promise<LoadDraftResult> {
    const db = await database;
    const { loadPlanValue } = await pipeline();
    const record = await db.drafts.get(id);
    if (!record)
      return {
        ok: false,
        error: { code: 'not-found', message: `There is no draft with id "${id}".`, issues: [] },
      };
    // Stored drafts go through the same pipeline as files: an old format is upgraded here.
    const loaded = loadPlanValue(record.plan);
    if (!loaded.ok) return { ok: false, error: loaded.error };
    return { ok: true, plan: loaded.plan, revision: record.revision, updatedAt: record.updatedAt };
  }

  async function create(plan: Plan, readiness: ReadinessSummary | null = null): Promise<DraftRecord> {
    const db = await database;
    const record = recordFor(plan, readiness, stamp(), 1);
    await db.drafts.add(record);
    return record;
  }

  /** Saves unless someone else (another tab) saved a newer revision since `baseRevision`. */
  async function save(
    plan: Plan,
    options: { baseRevision: number; readiness: ReadinessSummary | null },
  ): Promise<SaveOutcome> {
    const db = await database;
    try {
      return await db.transaction('rw', db.drafts, async () => {
        const current = await db.drafts.get(plan.id);
        if (current && current.revision !== options.baseRevision) {
          return { ok: false, reason: 'conflict', current } as const;
        }
        const record = recordFor(plan, options.readiness, stamp(), options.baseRevision + 1);
        await db.drafts.put(record);
        return { ok: true, revision: record.revision, updatedAt: record.updatedAt } as const;
      });
    } catch (err) {
      if (isQuotaError(err))
        return {
          ok: false,
          reason: 'quota',
          message: 'The browser refused to store more data (quota exceeded).',
        };
      return { ok: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
    }
  }

  async function rename(id: string, title: string): Promise<DraftSummary | null> {
    const db = await database;
    const { loadPlanValue } = await pipeline();
    return db.transaction('rw', db.drafts, async () => {
      const record = await db.drafts.get(id);
      if (!record) return null;
      const loaded = loadPlanValue(record.plan);
      if (!loaded.ok) return null;
      const next = recordFor({ ...loaded.plan, title }, record.readiness, stamp(), record.revision + 1);
      await db.drafts.put(next);
      return summaryOf(next);
    });
  }

  async function duplicate(id: string, newId: string): Promise<DraftRecord | null> {
    const db = await database;
    const loaded = await load(id);
    if (!loaded.ok) return null;
    const source = await db.drafts.get(id);
    const copy: Plan = {
      ...loaded.plan,
      id: newId,
      title: `Copy of ${loaded.plan.title}`.slice(0, 500),
      createdAt: stamp(),
    };
    return create(copy, source?.readiness ?? null);
  }

  /** Returns the removed record so the caller can offer undo. */
  async function remove(id: string): Promise<DraftRecord | null> {
    const db = await database;
    return db.transaction('rw', db.drafts, async () => {
      const record = await db.drafts.get(id);
      if (record) await db.drafts.delete(id);
      return record ?? null;
    });
  }

  async function restore(record: DraftRecord): Promise<void> {
    const db = await database;
    await db.drafts.put(record);
  }

  /** A backup of every draft; the backup code (and zod) loads only when asked. */
  async function backupAll(): Promise<string> {
    const backup = await import('./backup');
    return backup.backupAll(database, clock());
  }

  async function restoreBackup(text: string, newId: () => string) {
    const backup = await import('./backup');
    return backup.restoreBackup(database, text, newId, clock());
  }

  return { list, load, create, save, rename, duplicate, remove, restore, backupAll, restoreBackup };
}
