import type { RuleDef } from './rule-catalog';
import { DELETE_ROWS, DROP_COLUMN_ALTERNATIVE } from './rule-catalog-shared';

/** MySQL (InnoDB) rules. Stable ids: never renumber, only append. */
export const MYSQL_RULES = {
  'MY-000': {
    id: 'MY-000',
    classification: 'unclassified',
    lock: null,
    title: 'unclassified: review by hand',
    effect:
      'no rule here understands this statement (or the parser cannot read it), so it is not assumed safe',
    alternative: '',
    severity: 'warning',
  },
  'MY-001': {
    id: 'MY-001',
    classification: 'risky',
    lock: 'MYSQL SHARED',
    title: 'ALGORITHM=COPY',
    effect: 'copies the whole table row by row, blocking writes until the copy is done',
    alternative:
      'ALGORITHM=INSTANT or INPLACE with LOCK=NONE where MySQL allows it; otherwise gh-ost or pt-online-schema-change',
    severity: 'size',
  },
  'MY-002': {
    id: 'MY-002',
    classification: 'risky',
    lock: 'MYSQL EXCLUSIVE',
    title: 'LOCK=SHARED or LOCK=EXCLUSIVE',
    effect: 'blocks writes (SHARED) or reads and writes (EXCLUSIVE) for the whole ALTER',
    alternative:
      'LOCK=NONE with ALGORITHM=INPLACE/INSTANT where allowed; otherwise gh-ost or pt-online-schema-change',
    severity: 'size',
  },
  'MY-003': {
    id: 'MY-003',
    classification: 'breaking',
    lock: 'MYSQL SHARED',
    title: 'column type change (MODIFY/CHANGE)',
    effect:
      'most type changes copy the table (ALGORITHM=COPY) blocking writes, and the application sees the new type',
    alternative:
      'add a new column; dual-write and backfill in batches; switch reads; drop the old column in the contract phase (or gh-ost)',
    severity: 'size',
  },
  'MY-004': {
    id: 'MY-004',
    classification: 'breaking',
    lock: 'MYSQL METADATA',
    title: 'column rename',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'add the new column; dual-write and backfill; switch reads; drop the old column in the contract phase',
    severity: 'warning',
  },
  'MY-005': {
    id: 'MY-005',
    classification: 'breaking',
    lock: 'MYSQL METADATA',
    title: 'table rename',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'create the new table, sync it, switch reads and writes, drop the old one in the contract phase',
    severity: 'warning',
  },
  'MY-006': {
    id: 'MY-006',
    classification: 'destructive',
    lock: 'MYSQL METADATA',
    title: 'DROP COLUMN',
    effect: 'deletes the data for good (and rebuilds the table), and old code that selects it fails',
    alternative: DROP_COLUMN_ALTERNATIVE,
    severity: 'blocker',
  },
  'MY-007': {
    id: 'MY-007',
    classification: 'destructive',
    lock: 'MYSQL METADATA',
    title: 'DROP TABLE or DATABASE',
    effect: 'deletes the data for good',
    alternative: 'keep it until the migration is verified; drop it in the contract phase after the soak',
    severity: 'blocker',
  },
  'MY-008': {
    id: 'MY-008',
    classification: 'destructive',
    lock: 'MYSQL METADATA',
    title: 'TRUNCATE',
    effect: 'deletes every row at once',
    alternative: 'never in a forward phase; delete in batches in the contract phase after the soak',
    severity: 'blocker',
  },
  'MY-009': {
    id: 'MY-009',
    classification: 'breaking',
    lock: 'MYSQL METADATA',
    title: 'ADD COLUMN NOT NULL without a default',
    effect: 'old application versions that insert without the column fail in strict mode',
    alternative:
      'add the column nullable or with a DEFAULT; backfill; make it NOT NULL once every writer sets it',
    severity: 'warning',
  },
  'MY-010': {
    id: 'MY-010',
    classification: 'risky',
    lock: 'MYSQL METADATA',
    title: 'table rebuild (ADD PRIMARY KEY, ENGINE=)',
    effect: 'rebuilds the whole table; long-running, with a metadata lock at start and end',
    alternative: 'gh-ost or pt-online-schema-change for large tables',
    severity: 'size',
  },
  'MY-011': {
    id: 'MY-011',
    classification: 'breaking',
    lock: 'MYSQL METADATA',
    title: 'DROP of a view, trigger or routine',
    effect: 'old application versions that use it fail at once',
    alternative: 'stop using it first; drop it in the contract phase after the soak',
    severity: 'warning',
  },
  'MY-012': {
    id: 'MY-012',
    classification: 'risky',
    lock: null,
    title: 'UPDATE of the whole table in one statement',
    effect: 'locks every row for one long transaction and lags replicas',
    alternative: 'backfill in batches (WHERE id BETWEEN ...), committing each batch',
    severity: 'size',
  },
  'MY-013': { id: 'MY-013', ...DELETE_ROWS },
} as const satisfies Record<string, RuleDef>;

export type MysqlRuleId = keyof typeof MYSQL_RULES;
