import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint } from 'libpg-query';
import {
  columnType,
  sameType,
  stringValues,
  tableRef,
  unwrap,
  volatileFunctions,
  type TableRef,
} from './pg-ast';
import {
  columnFinding,
  columnKey,
  onExisting,
  type PgScriptState,
  type RawFinding,
  type StatementVerdict,
} from './pg-state';
import { columnTypeAdvice, moreCommandRules } from './rules-postgres-more';

/** Subcommands that only touch the catalog or relax a rule: backward-compatible, brief lock. */
const METADATA_ONLY = new Set([
  'AT_ColumnDefault',
  'AT_SetStatistics',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ChangeOwner',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_AlterConstraint',
  // Turning triggers back on restores what DISABLE took away.
  'AT_EnableTrig',
  'AT_EnableTrigAll',
  'AT_EnableTrigUser',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
]);

const REWRITES = new Set(['AT_SetTableSpace', 'AT_SetLogged', 'AT_SetUnLogged', 'AT_SetAccessMethod']);

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
const TEXT_TYPES = new Set(['varchar', 'text']);

export function alterTableRules(alter: AlterTableStmt, state: PgScriptState): StatementVerdict {
  const table = tableRef(alter.relation);
  const findings: RawFinding[] = [];
  for (const node of alter.cmds ?? []) {
    const cmd = unwrap(node, 'AlterTableCmd');
    if (cmd === undefined || table === null) {
      findings.push({ ruleId: 'PG-000', table });
      continue;
    }
    commandRules(cmd, table, state, findings);
  }
  // ADD COLUMN IF NOT EXISTS / DROP COLUMN IF EXISTS is the shape that survives a retry.
  const unguarded = (alter.cmds ?? []).some((n) => {
    const cmd = unwrap(n, 'AlterTableCmd');
    const guardable = cmd?.subtype === 'AT_AddColumn' || cmd?.subtype === 'AT_DropColumn';
    return guardable && cmd.missing_ok !== true;
  });
  if (state.retryMatters && unguarded) findings.push({ ruleId: 'PG-025', table });
  return { findings, table };
}

function commandRules(cmd: AlterTableCmd, table: TableRef, state: PgScriptState, out: RawFinding[]): void {
  const subtype = cmd.subtype ?? '';
  if (METADATA_ONLY.has(subtype)) return;
  if (REWRITES.has(subtype)) return onExisting(state, out, { ruleId: 'PG-027', table, detail: subtype });
  if (moreCommandRules(cmd, table, state, out)) return;
  switch (subtype) {
    case 'AT_AddColumn':
      return addColumnRules(unwrap(cmd.def, 'ColumnDef'), table, state, out);
    case 'AT_AlterColumnType':
      return typeChangeRules(cmd.name ?? '', unwrap(cmd.def, 'ColumnDef'), table, state, out);
    case 'AT_ValidateConstraint': {
      const column = state.notNullChecks.get(columnKey(table, cmd.name ?? ''));
      if (column !== undefined) state.provenNotNull.add(columnKey(table, column));
      return;
    }
    case 'AT_SetNotNull':
      // PostgreSQL 12+ skips the scan when a valid CHECK (col IS NOT NULL) exists.
      if (state.provenNotNull.has(columnKey(table, cmd.name ?? ''))) return;
      return onExisting(state, out, columnFinding('PG-003', table, cmd.name));
    case 'AT_DropColumn':
      return onExisting(state, out, columnFinding('PG-017', table, cmd.name));
    case 'AT_AddConstraint':
      return constraintRules(unwrap(cmd.def, 'Constraint'), table, state, out);
    default:
      out.push({ ruleId: 'PG-000', table, detail: `ALTER TABLE subcommand ${subtype || 'unknown'}` });
  }
}

function addColumnRules(
  def: ColumnDef | undefined,
  table: TableRef,
  state: PgScriptState,
  out: RawFinding[],
): void {
  if (def === undefined) {
    out.push({ ruleId: 'PG-000', table });
    return;
  }
  const type = columnType(def.typeName);
  if (type !== null && def.colname !== undefined) state.columnTypes.set(columnKey(table, def.colname), type);
  if (type?.name === 'json') out.push({ ruleId: 'PG-023', table, detail: def.colname });
  columnTypeAdvice(def, table, out);
  const constraints = (def.constraints ?? []).flatMap((n) => unwrap(n, 'Constraint') ?? []);
  const of = (t: string): Constraint | undefined => constraints.find((c) => c.contype === t);
  const dflt = of('CONSTR_DEFAULT');
  const generated = of('CONSTR_IDENTITY') ?? of('CONSTR_GENERATED');
  const serial = type !== null && SERIAL_TYPES.has(type.name);
  const volatile = dflt === undefined ? [] : volatileFunctions(dflt.raw_expr);
  if (volatile.length > 0 || generated !== undefined || serial) {
    const why = volatile.length > 0 ? `${volatile.join(', ')}()` : serial ? 'serial' : 'identity/generated';
    onExisting(state, out, columnFinding('PG-001', table, def.colname, `${def.colname ?? ''} (${why})`));
  } else if (of('CONSTR_NOTNULL') !== undefined && dflt === undefined) {
    onExisting(state, out, columnFinding('PG-002', table, def.colname));
  }
  for (const c of constraints) {
    if (
      c.contype === 'CONSTR_FOREIGN' ||
      c.contype === 'CONSTR_CHECK' ||
      c.contype === 'CONSTR_UNIQUE' ||
      c.contype === 'CONSTR_PRIMARY'
    ) {
      constraintRules(c, table, state, out);
    }
  }
}

function typeChangeRules(
  column: string,
  def: ColumnDef | undefined,
  table: TableRef,
  state: PgScriptState,
  out: RawFinding[],
): void {
  const next = columnType(def?.typeName);
  const key = columnKey(table, column);
  const previous = state.columnTypes.get(key) ?? null;
  if (next !== null) state.columnTypes.set(key, next);
  if (next?.name === 'json') out.push({ ruleId: 'PG-023', table, detail: column });
  const hasUsing = def?.raw_default !== undefined;
  if (next === null || hasUsing) return onExisting(state, out, columnFinding('PG-004', table, column));
  if (previous !== null && sameType(previous, next)) return;
  const textual = TEXT_TYPES.has(next.name) && !next.isArray;
  if (!textual) return onExisting(state, out, columnFinding('PG-004', table, column));
  if (previous === null && next.length === null) {
    return onExisting(state, out, { ruleId: 'PG-054', table, detail: `${column} -> ${next.name}` });
  }
  if (previous === null) {
    return onExisting(state, out, {
      ruleId: 'PG-005',
      table,
      detail: `${column}: current type unknown to the script; safe only if this raises the limit or removes it`,
    });
  }
  if (!TEXT_TYPES.has(previous.name) || previous.isArray) {
    return onExisting(state, out, columnFinding('PG-004', table, column));
  }
  // varchar(n) -> varchar(m >= n), varchar -> text, text -> text: binary-compatible, no rewrite.
  const widens = next.length === null || (previous.length !== null && next.length >= previous.length);
  if (!widens)
    onExisting(state, out, { ruleId: 'PG-005', table, detail: `${column}: limit lowered or added` });
}

function constraintRules(
  c: Constraint | undefined,
  table: TableRef,
  state: PgScriptState,
  out: RawFinding[],
): void {
  const notValid = c?.skip_validation === true;
  const subject = { constraint: c?.conname, keys: stringValues(c?.keys) };
  switch (c?.contype) {
    case 'CONSTR_FOREIGN': {
      // Validation scans this table; on a table created in this script there is nothing to scan.
      return notValid
        ? undefined
        : onExisting(state, out, {
            ruleId: 'PG-010',
            table,
            detail: c.conname,
            subject,
            otherTable: tableRef(c.pktable),
          });
    }
    case 'CONSTR_CHECK':
      rememberNotNullCheck(c, table, state);
      return notValid
        ? undefined
        : onExisting(state, out, { ruleId: 'PG-011', table, detail: c.conname, subject });
    case 'CONSTR_NOTNULL':
      return notValid ? undefined : onExisting(state, out, { ruleId: 'PG-003', table, detail: c.conname });
    case 'CONSTR_UNIQUE':
      return c.indexname !== undefined
        ? undefined
        : onExisting(state, out, { ruleId: 'PG-012', table, detail: c.conname, subject });
    case 'CONSTR_EXCLUSION':
      // No online way: the index behind it is built under ACCESS EXCLUSIVE.
      return onExisting(state, out, { ruleId: 'PG-012', table, detail: `${c.conname ?? ''} EXCLUDE` });
    case 'CONSTR_PRIMARY':
      return c.indexname !== undefined
        ? undefined
        : onExisting(state, out, { ruleId: 'PG-013', table, detail: c.conname, subject });
    default:
      out.push({ ruleId: 'PG-000', table, detail: `constraint ${c?.contype ?? 'unknown'}` });
  }
}

/** Remembers CHECK (col IS NOT NULL) so that a later VALIDATE makes SET NOT NULL scan-free. */
function rememberNotNullCheck(c: Constraint, table: TableRef, state: PgScriptState): void {
  const test = unwrap(c.raw_expr, 'NullTest');
  const column = stringValues(unwrap(test?.arg, 'ColumnRef')?.fields)[0];
  if (test?.nulltesttype !== 'IS_NOT_NULL' || column === undefined || c.conname === undefined) return;
  state.notNullChecks.set(columnKey(table, c.conname), column);
  if (c.skip_validation !== true) state.provenNotNull.add(columnKey(table, column));
}
