import { z } from 'zod';
import mysqlCases from '../fixtures/corpus-mysql.json';
import postgresCases from '../fixtures/corpus-postgres.json';
import postgresPeerCases from '../fixtures/corpus-postgres-more.json';
import { PG_RULES } from '../rule-catalog';
import { MYSQL_RULES } from '../rule-catalog-mysql';
import { CLASSIFICATIONS } from '../types';

/**
 * The SQL corpus: scripts and what the analysis must say about them, kept as data in fixtures/ and
 * checked here as it is read. corpus-postgres.json holds each PG- rule's unsafe forms with their safe
 * counterparts side by side; corpus-postgres-more.json the examples of Squawk's rule pages and
 * strong_migrations' dangerous operations (as the SQL they run), pgfence's footguns and the defects
 * of issue 22, each with its safe counterpart; corpus-mysql.json the MY- rules.
 */

const KNOWN_RULES = new Set<string>([...Object.keys(PG_RULES), ...Object.keys(MYSQL_RULES)]);

/**
 * One case: a script and what the analysis must say about one of its statements (the last one unless
 * `at` says which, counted from 0). A case that names no rule and no classification is a safe form: it
 * must come out 'expand' with no rule ids at all.
 */
const CorpusCase = z
  .object({
    sql: z.string().min(1),
    expect: z.enum(CLASSIFICATIONS).default('expand'),
    rules: z
      .array(z.string().refine((id) => KNOWN_RULES.has(id), 'is not a rule of the catalogs'))
      .default([]),
    at: z.number().int().min(0).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type CorpusCase = z.infer<typeof CorpusCase>;

/** Cases in groups, each under the words that say what it covers (a rule, a peer's page). */
const Corpus = z.array(z.object({ about: z.string().min(1), cases: z.array(CorpusCase).min(1) }).strict());

function read(file: string, data: unknown): CorpusCase[] {
  const parsed = Corpus.safeParse(data);
  if (!parsed.success) throw new Error(`src/sql/fixtures/${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.flatMap((group) => group.cases);
}

export const PG_CORPUS: CorpusCase[] = [
  ...read('corpus-postgres.json', postgresCases),
  ...read('corpus-postgres-more.json', postgresPeerCases),
];
export const MYSQL_CORPUS: CorpusCase[] = read('corpus-mysql.json', mysqlCases);
