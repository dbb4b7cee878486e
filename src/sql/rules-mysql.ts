import { arr, columnName, lower, obj, str, tableName, type Obj } from './mysql-ast';
import type { MysqlRuleId } from './rule-catalog-mysql';

import type { LockMode } from './types';

export type MysqlRawFinding = { ruleId: MysqlRuleId; table: string | null; detail?: string; lock?: LockMode };
export type MysqlVerdict = { findings: MysqlRawFinding[]; table: string | null };
export type MysqlState = { createdTables: Set<string> };

const EXPAND_TYPES = new Set(['insert', 'select', 'set', 'transaction', 'use', 'replace', 'show', 'desc']);
const EXPAND_CREATES = new Set([
  'table',
  'index',
  'database',
  'schema',
  'view',
  'trigger',
  'procedure',
  'function',
]);

const isNew = (state: MysqlState, table: string | null): boolean =>
  table !== null && state.createdTables.has(table.toLowerCase());

export function mysqlStatementRules(ast: Obj, state: MysqlState): MysqlVerdict {
  const type = lower(ast.type);
  const findings: MysqlRawFinding[] = [];
  const onExisting = (f: MysqlRawFinding): void => {
    if (!isNew(state, f.table)) findings.push(f);
  };
  if (EXPAND_TYPES.has(type)) return { findings, table: tableName(ast.table) };
  if (type === 'alter') return alterRules(ast, state);
  if (type === 'create') {
    const keyword = lower(ast.keyword);
    const table = tableName(ast.table);
    if (keyword === 'table' && table !== null) state.createdTables.add(table.toLowerCase());
    if (keyword === 'index') optionRules(obj(ast.algorithm_option), obj(ast.lock_option), table, onExisting);
    if (!EXPAND_CREATES.has(keyword)) findings.push({ ruleId: 'MY-000', table, detail: `CREATE ${keyword}` });
    return { findings, table };
  }
  if (type === 'drop') {
    const keyword = lower(ast.keyword);
    const names = Array.isArray(ast.name) ? ast.name.map(tableName) : [str(ast.name)];
    if (keyword === 'table') for (const t of names) onExisting({ ruleId: 'MY-007', table: t });
    else if (keyword === 'database' || keyword === 'schema')
      findings.push({ ruleId: 'MY-007', table: null, detail: names[0] ?? undefined });
    else if (
      keyword === 'view' ||
      keyword === 'trigger' ||
      keyword === 'procedure' ||
      keyword === 'function'
    ) {
      findings.push({ ruleId: 'MY-011', table: null, detail: keyword });
    } else if (keyword !== 'index')
      findings.push({ ruleId: 'MY-000', table: null, detail: `DROP ${keyword}` });
    return { findings, table: keyword === 'table' ? (names[0] ?? null) : tableName(ast.table) };
  }
  if (type === 'rename') {
    const pairs = arr(ast.table).map((pair) => tableName(arr(pair)[0]));
    for (const t of pairs) onExisting({ ruleId: 'MY-005', table: t });
    return { findings, table: pairs[0] ?? null };
  }
  if (type === 'truncate') {
    const table = tableName(arr(ast.name)[0]);
    onExisting({ ruleId: 'MY-008', table });
    return { findings, table };
  }
  if (type === 'update' || type === 'delete') {
    const table = tableName(arr(ast.table)[0] ?? arr(ast.from)[0]);
    if (type === 'delete') onExisting({ ruleId: 'MY-013', table });
    else if (ast.where === null || ast.where === undefined) onExisting({ ruleId: 'MY-012', table });
    return { findings, table };
  }
  return { findings: [{ ruleId: 'MY-000', table: null, detail: type || 'unknown statement' }], table: null };
}

function optionRules(
  algorithm: Obj | null,
  lock: Obj | null,
  table: string | null,
  add: (f: MysqlRawFinding) => void,
): void {
  if (lower(algorithm?.algorithm) === 'copy') add({ ruleId: 'MY-001', table });
  const mode = lower(lock?.lock);
  if (mode === 'shared' || mode === 'exclusive')
    add({
      ruleId: 'MY-002',
      table,
      detail: `LOCK=${mode.toUpperCase()}`,
      lock: mode === 'shared' ? 'MYSQL SHARED' : 'MYSQL EXCLUSIVE',
    });
}

function alterRules(ast: Obj, state: MysqlState): MysqlVerdict {
  const table = tableName(ast.table);
  const findings: MysqlRawFinding[] = [];
  const add = (f: MysqlRawFinding): void => {
    if (!isNew(state, f.table)) findings.push(f);
  };
  const items: Obj[] = arr(ast.expr).flatMap((e): Obj[] => {
    const o = obj(e);
    return o === null ? [] : [o];
  });
  const algorithm = items.find((e) => lower(e.resource) === 'algorithm') ?? null;
  const lock = items.find((e) => lower(e.resource) === 'lock') ?? null;
  optionRules(algorithm, lock, table, add);
  for (const item of items) alterItemRules(item, table, add, findings);
  return { findings, table };
}

function alterItemRules(
  item: Obj,
  table: string | null,
  add: (f: MysqlRawFinding) => void,
  all: MysqlRawFinding[],
): void {
  const action = lower(item.action);
  const resource = lower(item.resource);
  if (resource === 'algorithm' || resource === 'lock') return;
  const column = columnName(item.column);
  if (action === 'modify') return add({ ruleId: 'MY-003', table, detail: column ?? undefined });
  if (action === 'change') {
    const old = columnName(item.old_column);
    // CHANGE restates the whole definition: a new name is a rename, the same name a type change.
    if (old !== null && column !== null && old.toLowerCase() !== column.toLowerCase()) {
      return add({ ruleId: 'MY-004', table, detail: `${old} -> ${column}` });
    }
    return add({ ruleId: 'MY-003', table, detail: column ?? undefined });
  }
  if (action === 'rename') {
    if (resource === 'column')
      return add({
        ruleId: 'MY-004',
        table,
        detail: `${columnName(item.old_column) ?? ''} -> ${column ?? ''}`,
      });
    return add({ ruleId: 'MY-005', table, detail: `-> ${str(item.table) ?? ''}` });
  }
  if (action === 'drop') {
    if (resource === 'column') return add({ ruleId: 'MY-006', table, detail: column ?? undefined });
    if (resource === 'index' || resource === 'key' || resource === 'constraint') return;
  }
  if (action === 'add') {
    if (resource === 'column') {
      const notNull = lower(obj(item.nullable)?.type) === 'not null';
      const hasDefault = item.default_val !== undefined && item.default_val !== null;
      if (notNull && !hasDefault) add({ ruleId: 'MY-009', table, detail: column ?? undefined });
      return;
    }
    const kind = lower(obj(item.create_definitions)?.constraint_type);
    if (kind === 'primary key') return add({ ruleId: 'MY-010', table, detail: 'ADD PRIMARY KEY' });
    if (resource === 'index' || resource === 'constraint' || resource === 'key') return;
  }
  if (resource === 'engine') return add({ ruleId: 'MY-010', table, detail: 'ENGINE=' });
  all.push({ ruleId: 'MY-000', table, detail: `ALTER ${action || resource || 'subcommand'}` });
}
