import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createBlankPlan } from '../domain';
import { openWorkbenchDb } from './database';
import { createDraftsRepository } from './drafts-repository';

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

/** A drafts repository on a fresh database of its own, with the stepping clock. */
export const freshRepository = () => createDraftsRepository(freshDb().db, steppingClock());

/** A blank plan with this id and title, made when the stepping clock starts. */
export const draftPlan = (id: string, title: string) =>
  createBlankPlan({ id, now: new Date('2026-11-25T08:00:00Z'), title });
