import { readFileSync, readdirSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openWorkbenchDb } from './database';
import { createDraftsRepository } from './drafts-repository';
import type { DraftRecord, DraftSummary, PlanBody } from './records';
import { DB_NAME, DB_VERSIONS } from './schema-versions';
import { steppingClock } from './persistence-test-utils';

/** v1 fixtures hold whole records in `drafts`; later ones list the raw rows of every table. */
type Fixture = { version: number; drafts?: DraftRecord[]; tables?: Record<string, Array<{ id: string }>> };
const fixturesDir = new URL('./fixtures/', import.meta.url);
const fixtureFor = (version: number): Fixture =>
  JSON.parse(readFileSync(new URL(`db-v${version}.json`, fixturesDir), 'utf8')) as Fixture;
const tablesOf = (fixture: Fixture) => fixture.tables ?? { drafts: fixture.drafts ?? [] };

/** Writes rows exactly as the app of `version` would have: its schema, no later ones. */
async function writeAtVersion(indexedDB: IDBFactory, version: number, tables: Record<string, unknown[]>) {
  const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  for (const v of DB_VERSIONS.filter((d) => d.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkPut(rows);
  old.close();
}

describe('Dexie schema versions', () => {
  it('has a fixture for every database version ever shipped', () => {
    const files = readdirSync(fixturesDir).filter((f) => /^db-v\d+\.json$/.test(f));
    for (const { version } of DB_VERSIONS) expect(files).toContain(`db-v${version}.json`);
  });

  for (const { version } of DB_VERSIONS) {
    it(`opens a database written at version ${version} with every draft intact`, async () => {
      const indexedDB = new IDBFactory();
      const fixture = fixtureFor(version);
      expect(fixture.version).toBe(version);
      const tables = tablesOf(fixture);
      await writeAtVersion(indexedDB, version, tables);
      const summaries = tables['drafts'] as DraftSummary[];
      expect(summaries.length).toBeGreaterThan(0);

      const db = openWorkbenchDb({ indexedDB, IDBKeyRange });
      const repo = createDraftsRepository(db, steppingClock());
      const listed = await repo.list();
      expect(listed.map((d) => d.id).sort()).toEqual(summaries.map((d) => d.id).sort());
      for (const summary of summaries) {
        const loaded = await repo.load(summary.id);
        expect(loaded.ok, `draft ${summary.id} loads`).toBe(true);
        if (loaded.ok) {
          expect(loaded.plan.title).toBe(summary.title);
          expect(loaded.revision).toBe(summary.revision);
        }
        expect(listed.find((d) => d.id === summary.id)?.readiness).toEqual(summary.readiness);
      }
      db.close();
    });
  }

  it('v1 to v2: every plan moves to planBodies and every other field stays, nothing lost', async () => {
    const indexedDB = new IDBFactory();
    const v1 = fixtureFor(1).drafts ?? [];
    // Also a record the app would refuse to open and one with a field no version knows: kept as they are.
    const odd = [
      { ...v1[0]!, id: 'broken', plan: { kind: 'migration-plan', title: 7 } },
      { ...v1[1]!, id: 'extra', note: 'written by a future build' },
    ];
    const before = [...v1, ...odd];
    await writeAtVersion(indexedDB, 1, { drafts: before });

    const db = openWorkbenchDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSIONS.at(-1)?.version);
    const summaries = await db.drafts.toArray();
    const bodies = new Map((await db.planBodies.toArray()).map((b: PlanBody) => [b.id, b.plan]));
    expect(summaries.every((s) => !('plan' in s))).toBe(true);
    const after = summaries.map((s) => ({ ...s, plan: bodies.get(s.id) }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(after.sort(byId)).toEqual([...before].sort(byId));
    const broken = await createDraftsRepository(db, steppingClock()).load('broken');
    expect(!broken.ok && broken.error.message).toMatch(/formatVersion/);
    db.close();
  });
});
