import { readFileSync, readdirSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openWorkbenchDb } from './database';
import { createDraftsRepository } from './drafts-repository';
import type { DraftRecord } from './records';
import { DB_NAME, DB_VERSIONS } from './schema-versions';
import { steppingClock } from './persistence-test-utils';

type Fixture = { version: number; drafts: DraftRecord[] };
const fixturesDir = new URL('./fixtures/', import.meta.url);
const fixtureFor = (version: number): Fixture =>
  JSON.parse(readFileSync(new URL(`db-v${version}.json`, fixturesDir), 'utf8')) as Fixture;

describe('Dexie schema versions', () => {
  it('has a fixture for every database version ever shipped', () => {
    const files = readdirSync(fixturesDir).filter((f) => /^db-v\d+\.json$/.test(f));
    for (const { version } of DB_VERSIONS) expect(files).toContain(`db-v${version}.json`);
  });

  for (const { version } of DB_VERSIONS) {
    it(`opens a database written at version ${version} with every draft intact`, async () => {
      const indexedDB = new IDBFactory();
      const fixture = fixtureFor(version);
      // Write the fixture exactly as the app of that version would have: its schema, no later ones.
      const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
      for (const v of DB_VERSIONS.filter((d) => d.version <= version))
        old.version(v.version).stores(v.stores);
      await old.open();
      await old.table('drafts').bulkPut(fixture.drafts);
      old.close();

      const db = openWorkbenchDb({ indexedDB, IDBKeyRange });
      const repo = createDraftsRepository(db, steppingClock());
      const listed = await repo.list();
      expect(listed.map((d) => d.id).sort()).toEqual(fixture.drafts.map((d) => d.id).sort());
      for (const record of fixture.drafts) {
        const loaded = await repo.load(record.id);
        expect(loaded.ok, `draft ${record.id} loads`).toBe(true);
        if (loaded.ok) {
          expect(loaded.plan.title).toBe(record.title);
          expect(loaded.revision).toBe(record.revision);
        }
      }
      db.close();
    });
  }
});
