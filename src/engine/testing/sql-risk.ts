import type { SqlRiskFact } from '../types';

/**
 * What the SQL module reports for `CREATE INDEX i ON orders (a)` on the 500,000-row orders table (PG-006, a
 * write-blocking SHARE lock); `over` changes what a test is about.
 */
export const createIndexRisk = (over: Partial<SqlRiskFact> = {}): SqlRiskFact => ({
  ruleId: 'PG-006',
  title: 'CREATE INDEX without CONCURRENTLY',
  classification: 'risky',
  risk: 'high',
  lock: 'SHARE',
  blocks: { reads: false, writes: true },
  rewrite: false,
  scan: true,
  table: 'orders',
  rows: 500_000,
  rowsSource: 'plan',
  band: '10k-1m',
  message: 'CREATE INDEX without CONCURRENTLY on orders: SHARE lock (blocks writes)',
  alternative: 'CREATE INDEX CONCURRENTLY',
  fixSql: 'CREATE INDEX CONCURRENTLY i ON orders (a);',
  traffic: null,
  ...over,
});
