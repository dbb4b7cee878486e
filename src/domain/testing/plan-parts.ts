import type { Plan } from '../plan';
import type { RollbackTestRecord } from '../rollback';

/**
 * A local rehearsal as the workbench records one (its PGlite environment, on 1 December 2026, passed);
 * `patch` gives what a test looks at.
 */
export const localRehearsal = (patch: Partial<RollbackTestRecord> = {}): RollbackTestRecord => ({
  id: 'rh',
  kind: 'local-rehearsal',
  environment: 'local rehearsal (PostgreSQL 18.6, PGlite)',
  date: '2026-12-01',
  result: 'pass',
  productionLikeData: false,
  notes: '',
  ...patch,
});

/** The plan with one more rollback test recorded after those it has. */
export const withRollbackTest = (plan: Plan, test: RollbackTestRecord): Plan => ({
  ...plan,
  rollback: { ...plan.rollback, tests: [...plan.rollback.tests, test] },
});
