import type { z } from 'zod';
import { Component } from '../assessment';
import type { Plan } from '../plan';
import type { RollbackTestRecord } from '../rollback';

/**
 * A migrating, stateful `orders` table of `rows` rows of 100 bytes, its other facts the schema's defaults
 * (as a plan file that leaves them out gets): the datastore most engine tests start from.
 */
export const ordersTable = (rows: number, patch: Partial<z.input<typeof Component>> = {}): Component =>
  Component.parse({
    id: 'db',
    name: 'orders',
    kind: 'table',
    stateful: true,
    rows,
    avgRowBytes: 100,
    ...patch,
  });

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
