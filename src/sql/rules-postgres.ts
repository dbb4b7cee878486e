import type { CreateStmt, DropStmt, Node, RenameStmt } from 'libpg-query';
import { columnType, defElemNames, dropObjectRef, nodeKind, tableRef, unwrap, type TableRef } from './pg-ast';
import {
  columnKey,
  isNewTable,
  onExisting,
  type PgScriptState,
  type RawFinding,
  type StatementVerdict,
} from './pg-state';
import { pgLockModeNumbered } from './lock-modes';
import { alterTableRules } from './rules-postgres-alter';
import { columnTypeAdvice, duplicateNames, moreStatementRules } from './rules-postgres-more';
import type { PgRuleId } from './rule-catalog';

/** Statements that add things or only read: backward-compatible, nothing to warn about. */
const EXPAND_KINDS = new Set([
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'SelectStmt',
  'InsertStmt',
  'CreateSchemaStmt',
  'CreateSeqStmt',
  'CreateEnumStmt',
  'CompositeTypeStmt',
  'CreateExtensionStmt',
  'CreateTrigStmt',
  'CreatePolicyStmt',
  'CommentStmt',
  'ExplainStmt',
]);

const DATA_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_SEQUENCE']);
const CODE_DROPS = new Set([
  'OBJECT_VIEW',
  'OBJECT_FUNCTION',
  'OBJECT_PROCEDURE',
  'OBJECT_ROUTINE',
  'OBJECT_TYPE',
  'OBJECT_DOMAIN',
  'OBJECT_TRIGGER',
  'OBJECT_EXTENSION',
  'OBJECT_RULE',
  'OBJECT_POLICY',
  'OBJECT_PUBLICATION',
]);
const HARMLESS_RENAMES = new Set(['OBJECT_INDEX', 'OBJECT_TABCONSTRAINT', 'OBJECT_TRIGGER', 'OBJECT_POLICY']);
const TABLE_RENAMES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

const verdict = (findings: RawFinding[], table: TableRef | null): StatementVerdict => ({ findings, table });
const unclassified = (table: TableRef | null, detail: string): StatementVerdict =>
  verdict([{ ruleId: 'PG-000', table, detail }], table);

/** Classifies one parsed statement and records what it creates in `state`. */
export function statementRules(stmt: Node | undefined, state: PgScriptState): StatementVerdict {
  const kind = nodeKind(stmt);
  if (EXPAND_KINDS.has(kind)) {
    const insert = unwrap(stmt, 'InsertStmt');
    return verdict([], tableRef(insert?.relation));
  }
  const alter = unwrap(stmt, 'AlterTableStmt');
  if (alter !== undefined) return alterTableRules(alter, state);
  const create = unwrap(stmt, 'CreateStmt');
  if (create !== undefined) return createTableRules(create, state);
  const drop = unwrap(stmt, 'DropStmt');
  if (drop !== undefined) return dropRules(drop, state);
  const rename = unwrap(stmt, 'RenameStmt');
  if (rename !== undefined) return renameRules(rename, state);
  return moreStatementRules(stmt) ?? otherRules(stmt, kind, state);
}

function createTableRules(create: CreateStmt, state: PgScriptState): StatementVerdict {
  const table = tableRef(create.relation);
  const findings: RawFinding[] = [];
  if (table === null) return verdict(findings, table);
  state.createdTables.add(table.name.toLowerCase());
  const columns = (create.tableElts ?? []).flatMap((elt) => unwrap(elt, 'ColumnDef') ?? []);
  duplicateNames(
    columns.map((c) => c.colname),
    table,
    findings,
  );
  for (const col of columns) {
    const type = columnType(col.typeName);
    if (col.colname === undefined || type === null) continue;
    state.columnTypes.set(columnKey(table, col.colname), type);
    if (type.name === 'json') findings.push({ ruleId: 'PG-023', table, detail: col.colname });
    columnTypeAdvice(col, table, findings);
  }
  if (create.if_not_exists !== true && state.retryMatters) findings.push({ ruleId: 'PG-025', table });
  return verdict(findings, table);
}

function dropRules(drop: DropStmt, state: PgScriptState): StatementVerdict {
  const type = drop.removeType ?? '';
  const refs = (drop.objects ?? []).map(dropObjectRef);
  const first = refs[0] ?? null;
  const findings: RawFinding[] = [];
  const each = (ruleId: PgRuleId): void => {
    for (const ref of refs) onExisting(state, findings, { ruleId, table: ref });
  };
  if (type === 'OBJECT_INDEX') {
    if (drop.concurrent !== true) findings.push({ ruleId: 'PG-007', table: null, detail: first?.name });
    else if (state.inTransaction) findings.push({ ruleId: 'PG-009', table: null, detail: first?.name });
  } else if (DATA_DROPS.has(type)) {
    each('PG-018');
  } else if (type === 'OBJECT_SCHEMA') {
    each('PG-019');
  } else if (CODE_DROPS.has(type)) {
    findings.push({ ruleId: 'PG-026', table: first, detail: type.replace('OBJECT_', '').toLowerCase() });
  } else {
    return unclassified(first, `DROP ${type.replace('OBJECT_', '')}`);
  }
  if (drop.missing_ok !== true && state.retryMatters) findings.push({ ruleId: 'PG-025', table: first });
  // Only a table-like drop names a table; an index or function name is not one.
  return verdict(findings, DATA_DROPS.has(type) ? first : null);
}

function renameRules(rename: RenameStmt, state: PgScriptState): StatementVerdict {
  const type = rename.renameType ?? '';
  const table = tableRef(rename.relation);
  const findings: RawFinding[] = [];
  if (type === 'OBJECT_COLUMN' || type === 'OBJECT_ATTRIBUTE') {
    onExisting(state, findings, {
      ruleId: 'PG-014',
      table,
      detail: `${rename.subname ?? ''} -> ${rename.newname ?? ''}`,
      subject: { column: rename.subname, newName: rename.newname },
    });
  } else if (TABLE_RENAMES.has(type)) {
    onExisting(state, findings, {
      ruleId: 'PG-015',
      table,
      detail: `-> ${rename.newname ?? ''}`,
      subject: { newName: rename.newname },
    });
    if (table !== null && isNewTable(state, table) && rename.newname !== undefined) {
      state.createdTables.add(rename.newname.toLowerCase());
    }
  } else if (type === 'OBJECT_SCHEMA') {
    findings.push({
      ruleId: 'PG-016',
      table: null,
      detail: `${rename.subname ?? ''} -> ${rename.newname ?? ''}`,
    });
  } else if (!HARMLESS_RENAMES.has(type)) {
    return unclassified(table, `RENAME ${type.replace('OBJECT_', '')}`);
  }
  return verdict(findings, type === 'OBJECT_INDEX' ? null : table);
}

function otherRules(stmt: Node | undefined, kind: string, state: PgScriptState): StatementVerdict {
  const index = unwrap(stmt, 'IndexStmt');
  if (index !== undefined) {
    const table = tableRef(index.relation);
    const findings: RawFinding[] = [];
    if (index.concurrent === true) {
      if (state.inTransaction) findings.push({ ruleId: 'PG-009', table });
      if (index.if_not_exists !== true && state.retryMatters) findings.push({ ruleId: 'PG-025', table });
    } else {
      onExisting(state, findings, { ruleId: 'PG-006', table, detail: index.idxname });
    }
    return verdict(findings, table);
  }
  const reindex = unwrap(stmt, 'ReindexStmt');
  if (reindex !== undefined) {
    const isTable = reindex.kind === 'REINDEX_OBJECT_TABLE';
    const table = isTable ? tableRef(reindex.relation) : null;
    if (defElemNames(reindex.params).includes('concurrently')) {
      return verdict(state.inTransaction ? [{ ruleId: 'PG-009', table }] : [], table);
    }
    const lock = isTable ? 'SHARE' : 'ACCESS EXCLUSIVE';
    return verdict(
      [{ ruleId: 'PG-008', table, lock, detail: reindex.relation?.relname ?? reindex.name }],
      table,
    );
  }
  const truncate = unwrap(stmt, 'TruncateStmt');
  if (truncate !== undefined) {
    const tables = (truncate.relations ?? []).map((n) => tableRef(unwrap(n, 'RangeVar')));
    const cascade =
      truncate.behavior === 'DROP_CASCADE' ? 'CASCADE also empties every referencing table' : undefined;
    const findings = tables.map((table): RawFinding => ({ ruleId: 'PG-020', table, detail: cascade }));
    return verdict(findings, tables[0] ?? null);
  }
  const vacuum = unwrap(stmt, 'VacuumStmt');
  if (vacuum !== undefined) {
    const tables = (vacuum.rels ?? []).map((n) => tableRef(unwrap(n, 'VacuumRelation')?.relation));
    const full = defElemNames(vacuum.options).includes('full');
    const findings = full
      ? (tables.length > 0 ? tables : [null]).map((table): RawFinding => ({ ruleId: 'PG-021', table }))
      : [];
    return verdict(findings, tables[0] ?? null);
  }
  const cluster = unwrap(stmt, 'ClusterStmt');
  if (cluster !== undefined) {
    const table = tableRef(cluster.relation);
    return verdict([{ ruleId: 'PG-022', table }], table);
  }
  return dmlAndMiscRules(stmt, kind, state);
}

function dmlAndMiscRules(stmt: Node | undefined, kind: string, state: PgScriptState): StatementVerdict {
  const update = unwrap(stmt, 'UpdateStmt');
  if (update !== undefined) {
    const table = tableRef(update.relation);
    const findings: RawFinding[] = [];
    if (update.whereClause === undefined) onExisting(state, findings, { ruleId: 'PG-028', table });
    const targets = (update.targetList ?? []).map((n) => unwrap(n, 'ResTarget')?.name);
    duplicateNames(targets, table, findings);
    return verdict(findings, table);
  }
  const del = unwrap(stmt, 'DeleteStmt');
  if (del !== undefined) {
    const table = tableRef(del.relation);
    const findings: RawFinding[] = [];
    onExisting(state, findings, { ruleId: 'PG-029', table });
    return verdict(findings, table);
  }
  const lock = unwrap(stmt, 'LockStmt');
  if (lock !== undefined) {
    const table = tableRef(unwrap(lock.relations?.[0], 'RangeVar'));
    return verdict([{ ruleId: 'PG-030', table, lock: pgLockModeNumbered(lock.mode) }], table);
  }
  const createAs = unwrap(stmt, 'CreateTableAsStmt');
  if (createAs !== undefined) {
    const table = tableRef(createAs.into?.rel);
    if (table !== null) state.createdTables.add(table.name.toLowerCase());
    return verdict([], table);
  }
  const view = unwrap(stmt, 'ViewStmt');
  if (view !== undefined) {
    const table = tableRef(view.view);
    return view.replace === true
      ? unclassified(table, 'CREATE OR REPLACE VIEW changes what old code reads')
      : verdict([], table);
  }
  const fn = unwrap(stmt, 'CreateFunctionStmt');
  if (fn !== undefined) {
    return fn.replace === true
      ? unclassified(null, 'CREATE OR REPLACE FUNCTION changes what old code calls')
      : verdict([], null);
  }
  const dropdb = unwrap(stmt, 'DropdbStmt');
  if (dropdb !== undefined) return verdict([{ ruleId: 'PG-019', table: null, detail: dropdb.dbname }], null);
  const grant = unwrap(stmt, 'GrantStmt');
  if (grant?.is_grant === true) return verdict([], null);
  return unclassified(null, kind === '' ? 'empty statement' : kind);
}
