import type { LoadError, Plan } from '../domain';
import type { WorkbenchDb } from './database';
import { getDraft, putDraft } from './draft-rows';
import {
  recordFor,
  summaryOf,
  type DraftRecord,
  type DraftSummary,
  type ReadinessSummary,
  type UnsavedFields,
} from './records';

export type LoadDraftResult =
  | { ok: true; plan: Plan; revision: number; updatedAt: string; unsaved: UnsavedFields }
  | { ok: false; error: LoadError | { code: 'not-found'; message: string; issues: [] } };

export type SaveOutcome =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; current: DraftSummary }
  | { ok: false; reason: 'quota' | 'failed'; message: string };

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;

/**
 * The load pipeline (and zod behind it) is fetched on first use: listing drafts, the first screen,
 * never needs it, and that keeps the first load inside its budget. It is never awaited inside a
 * transaction: awaiting anything but IndexedDB inside one lets it commit early.
 */
const pipeline = () => import('../domain/load');

/** A stored draft was written through the pipeline: there are no dropped keys to report on opening it. */
const STORED = { listDropped: false } as const;

/** A property of what was thrown, whatever its shape (a DOMException, Dexie's error around one). */
const fieldOf = (thrown: unknown, key: string): unknown =>
  typeof thrown === 'object' && thrown !== null && key in thrown ? Reflect.get(thrown, key) : undefined;

function isQuotaError(err: unknown): boolean {
  const quota = (e: unknown) => fieldOf(e, 'name') === 'QuotaExceededError';
  return quota(err) || quota(fieldOf(err, 'inner'));
}

/**
 * The only code that reads and writes drafts. `source` is the database, or a promise of it: the
 * browser opens IndexedDB first and falls back to memory when it cannot (see open-database.ts).
 */
export function createDraftsRepository(source: WorkbenchDb | Promise<WorkbenchDb>, clock: () => Date) {
  const database = Promise.resolve(source);
  const stamp = () => clock().toISOString();
  const both = (db: WorkbenchDb) => [db.drafts, db.planBodies];

  /** Summaries only, newest first: no plan is read, so 1,000 drafts list as fast as a few. */
  async function list(): Promise<DraftSummary[]> {
    const db = await database;
    // Read in index order and reversed here: where IndexedDB's getAll reads one way only, a reversed
    // Dexie collection falls back to a cursor, one event per draft.
    return (await db.drafts.orderBy('updatedAt').toArray()).reverse();
  }

  /**
   * The newest `limit` summaries and how many drafts there are: enough to draw the list's first page
   * before every summary has been read, however many drafts the browser holds.
   */
  async function listNewest(limit: number): Promise<{ drafts: DraftSummary[]; total: number }> {
    const db = await database;
    return db.transaction('r', db.drafts, async () => {
      const [drafts, total] = await Promise.all([
        db.drafts.orderBy('updatedAt').reverse().limit(limit).toArray(),
        db.drafts.count(),
      ]);
      return { drafts, total };
    });
  }

  async function load(id: string): Promise<LoadDraftResult> {
    // The draft is read while the pipeline's code downloads: opening it waits for the slower of the two.
    const [record, { loadPlanValue }] = await Promise.all([
      database.then((db) => db.transaction('r', both(db), () => getDraft(db, id))),
      pipeline(),
    ]);
    if (!record)
      return {
        ok: false,
        error: { code: 'not-found', message: `There is no draft with id "${id}".`, issues: [] },
      };
    // Stored drafts go through the same pipeline as files: an old format is upgraded here.
    const loaded = loadPlanValue(record.plan, STORED);
    if (!loaded.ok) return { ok: false, error: loaded.error };
    const { revision, updatedAt } = record;
    return { ok: true, plan: loaded.plan, revision, updatedAt, unsaved: record.unsaved ?? {} };
  }

  async function create(plan: Plan, readiness: ReadinessSummary | null = null): Promise<DraftRecord> {
    const db = await database;
    const record = recordFor(plan, readiness, stamp(), 1);
    await db.transaction('rw', both(db), () => putDraft(db, record, 'add'));
    return record;
  }

  /** Saves unless someone else (another tab) saved a newer revision since `baseRevision`. */
  async function save(
    plan: Plan,
    options: { baseRevision: number; readiness: ReadinessSummary | null; unsaved?: UnsavedFields },
  ): Promise<SaveOutcome> {
    const db = await database;
    try {
      return await db.transaction('rw', both(db), async () => {
        const current = await db.drafts.get(plan.id);
        if (current && current.revision !== options.baseRevision) {
          return { ok: false, reason: 'conflict', current } as const;
        }
        const { readiness, baseRevision, unsaved } = options;
        const record = recordFor(plan, readiness, stamp(), baseRevision + 1, unsaved);
        await putDraft(db, record, 'put');
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

  /**
   * The verdict is derived from the plan, so writing it is not an edit: no revision bump, no conflict
   * with a save in another tab. It lands only while the draft is still at `revision`, so a verdict
   * never sits beside a plan it was not worked out for.
   */
  async function saveReadiness(id: string, revision: number, readiness: ReadinessSummary): Promise<boolean> {
    const db = await database;
    return db.transaction('rw', db.drafts, async () => {
      const current = await db.drafts.get(id);
      if (!current || current.revision !== revision) return false;
      await db.drafts.update(id, { readiness });
      return true;
    });
  }

  async function rename(id: string, title: string): Promise<DraftSummary | null> {
    const db = await database;
    const { loadPlanValue } = await pipeline();
    return db.transaction('rw', both(db), async () => {
      const record = await getDraft(db, id);
      if (!record) return null;
      const loaded = loadPlanValue(record.plan, STORED);
      if (!loaded.ok) return null;
      const next = recordFor({ ...loaded.plan, title }, record.readiness, stamp(), record.revision + 1);
      await putDraft(db, next, 'put');
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

  /** Returns the removed draft, plan included, so the caller can offer undo. */
  async function remove(id: string): Promise<DraftRecord | null> {
    const db = await database;
    return db.transaction('rw', both(db), async () => {
      const record = await getDraft(db, id);
      // Both halves go, even a half left over by an older bug: nothing half-deleted stays listed.
      await Promise.all([db.drafts.delete(id), db.planBodies.delete(id)]);
      return record;
    });
  }

  async function restore(record: DraftRecord): Promise<void> {
    const db = await database;
    await db.transaction('rw', both(db), () => putDraft(db, record, 'put'));
  }

  /** A backup of every draft; the backup code (and zod) loads only when asked. */
  async function backupAll(): Promise<string> {
    const backup = await import('./backup');
    return backup.backupAll(database, clock());
  }

  /** `rate` gives each restored draft its readiness, so the list shows it without opening the draft. */
  async function restoreBackup(
    text: string,
    newId: () => string,
    rate: (plan: Plan) => Promise<ReadinessSummary | null> = () => Promise.resolve(null),
  ) {
    const backup = await import('./backup');
    return backup.restoreBackup(database, text, { newId, rate, now: clock() });
  }

  return {
    list,
    listNewest,
    load,
    create,
    save,
    saveReadiness,
    rename,
    duplicate,
    remove,
    restore,
    backupAll,
    restoreBackup,
  };
}
