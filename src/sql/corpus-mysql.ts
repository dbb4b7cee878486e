import type { CorpusCase } from './corpus-postgres';

const safe = (sql: string, note?: string): CorpusCase => ({ sql, expect: 'expand', rules: [], note });

export const MYSQL_CORPUS: CorpusCase[] = [
  { sql: 'ALTER TABLE users ADD COLUMN c INT NULL, ALGORITHM=COPY', expect: 'risky', rules: ['MY-001'] },
  safe('ALTER TABLE users ADD COLUMN c INT NULL, ALGORITHM=INSTANT'),
  { sql: 'ALTER TABLE users ADD INDEX i (c), LOCK=SHARED', expect: 'risky', rules: ['MY-002'] },
  { sql: 'ALTER TABLE users ADD INDEX i (c), LOCK=EXCLUSIVE', expect: 'risky', rules: ['MY-002'] },
  safe('ALTER TABLE users ADD INDEX i (c), ALGORITHM=INPLACE, LOCK=NONE'),
  { sql: 'CREATE INDEX i ON users (c) ALGORITHM=COPY', expect: 'risky', rules: ['MY-001'] },
  safe('CREATE INDEX i ON users (c)'),
  { sql: 'ALTER TABLE users MODIFY COLUMN c BIGINT', expect: 'breaking', rules: ['MY-003'] },
  { sql: 'ALTER TABLE users CHANGE COLUMN c c BIGINT', expect: 'breaking', rules: ['MY-003'] },
  { sql: 'ALTER TABLE users CHANGE COLUMN a b INT', expect: 'breaking', rules: ['MY-004'] },
  { sql: 'ALTER TABLE users RENAME COLUMN a TO b', expect: 'breaking', rules: ['MY-004'] },
  { sql: 'RENAME TABLE users TO customers', expect: 'breaking', rules: ['MY-005'] },
  { sql: 'ALTER TABLE users RENAME TO customers', expect: 'breaking', rules: ['MY-005'] },
  { sql: 'ALTER TABLE users DROP COLUMN c', expect: 'destructive', rules: ['MY-006'] },
  { sql: 'DROP TABLE users', expect: 'destructive', rules: ['MY-007'] },
  { sql: 'DROP DATABASE app', expect: 'destructive', rules: ['MY-007'] },
  { sql: 'TRUNCATE TABLE users', expect: 'destructive', rules: ['MY-008'] },
  { sql: 'ALTER TABLE users ADD COLUMN c INT NOT NULL', expect: 'breaking', rules: ['MY-009'] },
  safe('ALTER TABLE users ADD COLUMN c INT NOT NULL DEFAULT 0'),
  { sql: 'ALTER TABLE users ADD PRIMARY KEY (id)', expect: 'risky', rules: ['MY-010'] },
  { sql: 'DROP VIEW active_users', expect: 'breaking', rules: ['MY-011'] },
  { sql: 'UPDATE users SET a = 1', expect: 'risky', rules: ['MY-012'] },
  safe('UPDATE users SET a = 1 WHERE id BETWEEN 1 AND 1000'),
  { sql: 'DELETE FROM users WHERE id = 1', expect: 'destructive', rules: ['MY-013'] },
  safe('CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)'),
  safe('ALTER TABLE users DROP INDEX i'),
  safe('CREATE TABLE t (id INT, c INT); ALTER TABLE t DROP COLUMN c', 'new table'),
  { sql: 'OPTIMIZE TABLE users', expect: 'unclassified', rules: ['MY-000'], note: 'parser cannot read it' },
];
