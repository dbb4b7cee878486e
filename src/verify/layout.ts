import type { VerifySession, VerifyTableFacts, VerifyTypeClass } from '../domain';
import { FIXED } from './normalise';
import { ident, parseTableName, tableSql, type TableName } from './quote';
import { compatibleClasses, PORTABLE } from './type-class';
import type { Side } from './types';

/** One column as each side spells it, with the class each side's normaliser uses. */
export type ColumnPair = {
  name: string;
  /** Both sides' classes have a fixed alphabet: written as text and `|` (normalise.ts). */
  fixed: boolean;
  source: { name: string; typeClass: VerifyTypeClass };
  target: { name: string; typeClass: VerifyTypeClass };
};

/** What the checksum compares, decided once both sides were described. */
export type Layout = {
  key: ColumnPair[];
  /** Compared columns, sorted by lower-case name so both sides hash them in the same order. */
  columns: ColumnPair[];
  sourceOnly: string[];
  targetOnly: string[];
  /** Sentences about columns whose canonical text may not agree across the two sides. */
  notes: string[];
  /** A single integer key column: chunks are key ranges computed from the smallest and largest key. */
  integerKey: boolean;
};

const lower = (s: string) => s.toLowerCase();

function find(facts: VerifyTableFacts, name: string) {
  return facts.columns.find((c) => lower(c.name) === lower(name)) ?? null;
}

function pair(source: VerifyTableFacts, target: VerifyTableFacts, name: string): ColumnPair | string {
  const s = find(source, name);
  const t = find(target, name);
  if (!s && !t) return `Column ${name} is on neither table.`;
  if (!s) return `Column ${name} is not on the source table.`;
  if (!t) return `Column ${name} is not on the target table.`;
  return {
    name: s.name,
    fixed: FIXED.has(s.typeClass) && FIXED.has(t.typeClass),
    source: { name: s.name, typeClass: s.typeClass },
    target: { name: t.name, typeClass: t.typeClass },
  };
}

export function layoutOf(session: VerifySession): Layout | { error: string } {
  const { source, target, setup } = session;
  if (!source || !target) return { error: 'Describe both tables first.' };
  const key: ColumnPair[] = [];
  for (const name of setup.keyColumns) {
    const p = pair(source, target, name);
    if (typeof p === 'string') return { error: `Key: ${p}` };
    if (p.source.typeClass === 'float' || p.target.typeClass === 'float')
      return { error: `Key column ${name} is a floating-point column: choose an exact key.` };
    key.push(p);
  }
  const names =
    setup.columns.length > 0
      ? setup.columns
      : source.columns.map((c) => c.name).filter((n) => find(target, n) !== null);
  const columns: ColumnPair[] = [];
  for (const name of names) {
    const p = pair(source, target, name);
    if (typeof p === 'string') return { error: p };
    if (!columns.some((c) => lower(c.name) === lower(p.name))) columns.push(p);
  }
  for (const k of key) if (!columns.some((c) => lower(c.name) === lower(k.name))) columns.push(k);
  columns.sort((a, b) => (lower(a.name) < lower(b.name) ? -1 : lower(a.name) > lower(b.name) ? 1 : 0));
  const crossEngine = setup.source.dialect !== setup.target.dialect;
  const notes: string[] = [];
  for (const c of columns) {
    const { source: s, target: t } = c;
    if (!compatibleClasses(s.typeClass, t.typeClass))
      notes.push(
        `${c.name}: ${s.typeClass} on the source, ${t.typeClass} on the target; equal values may still differ in text.`,
      );
    else if (crossEngine && (!PORTABLE.has(s.typeClass) || !PORTABLE.has(t.typeClass)))
      notes.push(
        `${c.name} (${s.typeClass}) is hashed from each engine's own text, which may differ between PostgreSQL and MySQL.`,
      );
  }
  const only = (a: VerifyTableFacts, b: VerifyTableFacts) =>
    setup.columns.length > 0 ? [] : a.columns.filter((c) => find(b, c.name) === null).map((c) => c.name);
  const integerKey =
    key.length === 1 && key[0]?.source.typeClass === 'integer' && key[0].target.typeClass === 'integer';
  return {
    key,
    columns,
    sourceOnly: only(source, target),
    targetOnly: only(target, source),
    notes,
    integerKey,
  };
}

/** A side's table and filter, as its SQL writes them. */
export type SideSql = {
  side: Side;
  dialect: 'postgresql' | 'mysql';
  table: TableName;
  tableSql: string;
  /** ` AND (filter)`, or empty. */
  where: string;
  step: string;
};

export function sideSql(session: VerifySession, side: Side, round: number): SideSql | { error: string } {
  const s = session.setup[side];
  const table = parseTableName(s.table);
  if ('error' in table) return { error: `${side === 'source' ? 'Source' : 'Target'}: ${table.error}` };
  const filter = session.setup.where.trim();
  return {
    side,
    dialect: s.dialect,
    table,
    tableSql: tableSql(s.dialect, table),
    where: filter === '' ? '' : ` AND (${filter})`,
    step: stepTag(session.id, side, round),
  };
}

/** Marks every printed row with its side, round and session, so a pasted output cannot be mixed up. */
export function stepTag(sessionId: string, side: Side, round: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < sessionId.length; i += 1) h = Math.imul(h ^ sessionId.charCodeAt(i), 0x01000193);
  const token = (h >>> 0).toString(36).padStart(4, '0').slice(-4);
  return `${side === 'source' ? 's' : 't'}${round}-${token}`;
}

/** The quoted column names and classes of one side. */
export function sideColumns(
  ctx: SideSql,
  cols: ColumnPair[],
): { sql: string; typeClass: VerifyTypeClass; fixed: boolean }[] {
  return cols.map((c) => ({
    sql: ident(ctx.dialect, c[ctx.side].name),
    typeClass: c[ctx.side].typeClass,
    fixed: c.fixed,
  }));
}
