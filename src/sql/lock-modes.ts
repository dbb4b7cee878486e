import { PG_LOCK_MODES, type LockMode, type PgLockMode } from './types';

/** A lock's place in PostgreSQL's order, weakest first; -1 for none, and for a MySQL lock, which it does not rank. */
export const lockRank = (mode: LockMode | null): number => PG_LOCK_MODES.findIndex((m) => m === mode);

/** The stronger of two locks (the first when they are equal). */
export const strongerLock = (a: LockMode | null, b: LockMode | null): LockMode | null =>
  lockRank(a) >= lockRank(b) ? a : b;

/** LOCK TABLE's mode number (lockdefs.h); without one the statement takes ACCESS EXCLUSIVE. */
export const pgLockModeNumbered = (mode: number | undefined): PgLockMode =>
  PG_LOCK_MODES[(mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';

/**
 * pg_locks' spelling of a mode ('AccessExclusiveLock') as the analysis spells it ('ACCESS EXCLUSIVE'); null
 * for a mode that is not a table lock (a serializable transaction's predicate lock, 'SIReadLock').
 */
export function pgLockModeFromView(mode: string): PgLockMode | null {
  const name = mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
  return PG_LOCK_MODES.find((m) => m === name) ?? null;
}
