import { describe, expect, it } from 'vitest';
import { lockRank, pgLockModeFromView, pgLockModeNumbered, strongerLock } from './lock-modes';
import { PG_LOCK_MODES } from './types';

describe('PostgreSQL lock modes, one list for the analysis and the rehearsal', () => {
  it('ranks weakest first, with no lock and a MySQL lock below all of them', () => {
    expect(lockRank('ACCESS SHARE')).toBe(0);
    expect(lockRank('SHARE UPDATE EXCLUSIVE')).toBeLessThan(lockRank('SHARE'));
    expect(lockRank('ACCESS EXCLUSIVE')).toBe(7);
    expect(lockRank(null)).toBe(-1);
    expect(lockRank('MYSQL EXCLUSIVE')).toBe(-1);
    expect(strongerLock('ROW EXCLUSIVE', 'SHARE')).toBe('SHARE');
    expect(strongerLock(null, 'ACCESS SHARE')).toBe('ACCESS SHARE');
  });

  it("reads LOCK TABLE's mode number as lockdefs.h numbers it, ACCESS EXCLUSIVE without one", () => {
    expect(PG_LOCK_MODES.map((_, i) => pgLockModeNumbered(i + 1))).toEqual(PG_LOCK_MODES);
    expect(pgLockModeNumbered(undefined)).toBe('ACCESS EXCLUSIVE');
  });

  it("reads pg_locks' spelling of every table lock, and no other lock", () => {
    const view = [
      'AccessShareLock',
      'RowShareLock',
      'RowExclusiveLock',
      'ShareUpdateExclusiveLock',
      'ShareLock',
      'ShareRowExclusiveLock',
      'ExclusiveLock',
      'AccessExclusiveLock',
    ];
    expect(view.map(pgLockModeFromView)).toEqual(PG_LOCK_MODES);
    expect(pgLockModeFromView('SIReadLock')).toBeNull();
  });
});
