import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openWorkbenchDb } from './database';

let counter = 0;

/** A fresh, isolated database on fake-indexeddb for each test. */
export function freshDb(name = `test-${(counter += 1)}`) {
  const indexedDB = new IDBFactory();
  return { db: openWorkbenchDb({ name, indexedDB, IDBKeyRange }), indexedDB, name };
}

/** A clock that advances one second per call, so ordering by updatedAt is deterministic. */
export function steppingClock(start = Date.parse('2026-11-25T08:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}
