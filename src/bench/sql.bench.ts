/**
 * SQL safety analysis benchmark (issue 7): generates a 5,000-statement migration, then parses and
 * classifies it. Prints parser first-load time in Node (lazy dynamic import + WASM instantiation)
 * and statements per second. Run alone with `npx tsx src/bench/sql.bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSqlAnalyzer } from '../sql/analyze';
import { loadPostgresParser, parsePostgres } from '../sql/parse-postgres';

const STATEMENTS = 5_000;
const RUNS = 5;

/** A mix like a long-lived project's migrations: mostly additions, some risky and destructive. */
export function generatePostgresMigration(count: number): string {
  const shapes = [
    (i: number) =>
      `CREATE TABLE IF NOT EXISTS t${i} (id bigint PRIMARY KEY, name text NOT NULL, payload jsonb)`,
    (i: number) => `ALTER TABLE users ADD COLUMN IF NOT EXISTS c${i} text DEFAULT 'x'`,
    (i: number) => `CREATE INDEX CONCURRENTLY IF NOT EXISTS users_c${i}_idx ON users (c${i})`,
    (i: number) => `CREATE INDEX orders_c${i}_idx ON orders (customer_id, created_at DESC)`,
    (i: number) => `ALTER TABLE orders ALTER COLUMN c${i} SET NOT NULL`,
    (i: number) =>
      `ALTER TABLE orders ADD CONSTRAINT fk${i} FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID`,
    (i: number) => `ALTER TABLE users RENAME COLUMN old${i} TO new${i}`,
    (i: number) => `UPDATE users SET c${i} = lower(name) WHERE id BETWEEN ${i * 1000} AND ${i * 1000 + 999}`,
    (i: number) => `ALTER TABLE users DROP COLUMN IF EXISTS legacy${i}`,
    (i: number) => `COMMENT ON COLUMN users.c${i} IS 'migration ${i}: backfilled from name'`,
  ];
  const lines = ["SET lock_timeout = '5s';"];
  for (let i = 1; i < count; i += 1) lines.push(`${shapes[i % shapes.length]?.(i) ?? 'SELECT 1'};`);
  return lines.join('\n');
}

export function generateMysqlMigration(count: number): string {
  const shapes = [
    (i: number) => `CREATE TABLE IF NOT EXISTS t${i} (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)`,
    (i: number) => `ALTER TABLE users ADD COLUMN c${i} INT NULL, ALGORITHM=INSTANT`,
    (i: number) => `ALTER TABLE users ADD INDEX i${i} (c${i}), ALGORITHM=INPLACE, LOCK=NONE`,
    (i: number) => `ALTER TABLE orders MODIFY COLUMN c${i} BIGINT`,
    (i: number) => `ALTER TABLE users DROP COLUMN legacy${i}`,
  ];
  return Array.from({ length: count }, (_, i) => `${shapes[i % shapes.length]?.(i) ?? 'SELECT 1'};`).join(
    '\n',
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rate = (n: number, ms: number): string => Math.round((n / ms) * 1000).toLocaleString('en-US');

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function runSqlBench(): Promise<void> {
  const pgScript = generatePostgresMigration(STATEMENTS);
  const [, loadMs] = await timed(() => loadPostgresParser());
  console.log(`sql: libpg-query first load in Node (dynamic import + WASM): ${loadMs.toFixed(0)} ms`);
  const analyze = await loadSqlAnalyzer('postgresql');
  const tableRows = { users: 40_000_000, orders: 400_000_000 };

  const parseTimes: number[] = [];
  const analyzeTimes: number[] = [];
  let classified = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const [parsed, parseMs] = await timed(() => parsePostgres(pgScript));
    const [analysis, analyzeMs] = await timed(() => analyze(pgScript, tableRows));
    if (parsed.statements.length !== STATEMENTS || analysis.statements.length !== STATEMENTS) {
      throw new Error(`expected ${STATEMENTS} statements, got ${analysis.statements.length}`);
    }
    classified = analysis.statements.filter((s) => s.classification !== 'expand').length;
    parseTimes.push(parseMs);
    analyzeTimes.push(analyzeMs);
  }
  const kb = (pgScript.length / 1024).toFixed(0);
  console.log(`sql: PostgreSQL ${STATEMENTS} statements (${kb} KiB), median of ${RUNS}:`);
  console.log(
    `  parse + split only:        ${median(parseTimes).toFixed(0)} ms, ${rate(STATEMENTS, median(parseTimes))} statements/s`,
  );
  console.log(
    `  parse + classify (full):   ${median(analyzeTimes).toFixed(0)} ms, ${rate(STATEMENTS, median(analyzeTimes))} statements/s (${classified} flagged)`,
  );

  const myScript = generateMysqlMigration(STATEMENTS);
  const [mysql, myLoadMs] = await timed(() => loadSqlAnalyzer('mysql'));
  console.log(`sql: node-sql-parser (MySQL build) first load in Node: ${myLoadMs.toFixed(0)} ms`);
  const myTimes: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const [analysis, ms] = await timed(() => mysql(myScript, tableRows));
    if (analysis.statements.length !== STATEMENTS) throw new Error('MySQL statement count mismatch');
    myTimes.push(ms);
  }
  console.log(
    `sql: MySQL ${STATEMENTS} statements, parse + classify, median of 3: ${median(myTimes).toFixed(0)} ms, ${rate(STATEMENTS, median(myTimes))} statements/s`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runSqlBench();
}
