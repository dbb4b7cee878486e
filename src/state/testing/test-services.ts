import { type DraftsRepository } from '../../persistence';
import { freshRepository } from '../../persistence/persistence-test-utils';
import { analyzeSql, toSqlFacts } from '../../sql';
import type { Services } from '../services';

/**
 * The store's collaborators for unit tests: a fresh in-memory database, a fixed clock, and the SQL
 * analysis run in process with the real parser (the app runs the same code in a worker).
 */
export function testServices(overrides: Partial<Services> & { drafts?: DraftsRepository } = {}): Services {
  let ids = 0;
  return {
    drafts: overrides.drafts ?? freshRepository(),
    newId: () => `id-${(ids += 1)}`,
    now: () => new Date('2026-11-25T08:00:00.000Z'),
    fetchText: () => Promise.reject(new Error('no network in tests')),
    storage: Promise.resolve({ kind: 'indexeddb' }),
    persist: () => Promise.resolve('best-effort'),
    analyseSql: async ({ text, dialect, tableRows }) => {
      const analysis = await analyzeSql(text, { dialect, tableRows });
      return { analysis, facts: toSqlFacts(analysis), parserLoadMs: null };
    },
    ...overrides,
  };
}
