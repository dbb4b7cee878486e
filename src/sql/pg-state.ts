import type { ColumnType, TableRef } from './pg-ast';
import type { PgRuleId } from './rule-catalog';
import type { FindingSubject, LockMode } from './types';

/** One rule's hit on a statement, before severity and message are worked out. */
export type RawFinding = {
  ruleId: PgRuleId;
  table: TableRef | null;
  /** Extra words for the message, e.g. the function that makes a default volatile. */
  detail?: string;
  /** Overrides the catalog's lock when the statement says which (LOCK TABLE, REINDEX INDEX). */
  lock?: LockMode;
  subject?: FindingSubject;
  /** The other table a foreign key locks and checks; its size counts too. */
  otherTable?: TableRef | null;
};

export type StatementVerdict = { findings: RawFinding[]; table: TableRef | null };

/** What the script has done so far; rules read it, the analyser updates it statement by statement. */
export type PgScriptState = {
  inTransaction: boolean;
  /** Tables created earlier in this script: empty, so locks and rewrites on them cost nothing. */
  createdTables: Set<string>;
  /** Column types declared earlier in this script, by "table.column" (lower case). */
  columnTypes: Map<string, ColumnType>;
  /** CHECK (col IS NOT NULL) constraints added in this script: "table.constraint" -> column. */
  notNullChecks: Map<string, string>;
  /** "table.column" proven free of NULLs by a validated check, so SET NOT NULL skips its scan. */
  provenNotNull: Set<string>;
  /** Outside a transaction block in a multi-statement script: a failure halfway needs a retry. */
  retryMatters: boolean;
};

export function createPgState(): PgScriptState {
  return {
    inTransaction: false,
    createdTables: new Set(),
    columnTypes: new Map(),
    notNullChecks: new Map(),
    provenNotNull: new Set(),
    retryMatters: false,
  };
}

export const isNewTable = (state: PgScriptState, table: TableRef | null): boolean =>
  table !== null && state.createdTables.has(table.name.toLowerCase());

export const columnKey = (table: TableRef, column: string): string =>
  `${table.name.toLowerCase()}.${column.toLowerCase()}`;

/** Adds a finding unless the table was created in this script (nothing to lock, rewrite or lose yet). */
export function onExisting(state: PgScriptState, out: RawFinding[], finding: RawFinding): void {
  if (!isNewTable(state, finding.table)) out.push(finding);
}

/** A rule's hit on one column of `table`: the column is the message's detail unless `detail` says more. */
export const columnFinding = (
  ruleId: PgRuleId,
  table: TableRef,
  column: string | undefined,
  detail = column,
): RawFinding => ({ ruleId, table, detail, subject: { column } });
