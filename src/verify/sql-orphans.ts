import type { VerifyForeignKey, VerifyTableFacts } from '../domain';
import type { Layout, SideSql } from './layout';
import { canonical } from './normalise';
import { ident, parseTableName, str, tableSql } from './quote';
import { endRow } from './script';
import { hashing } from './sql-hash';
import type { Numbered } from './sql-segments';

/** Orphans kept as samples per foreign key and side. */
export const ORPHAN_SAMPLES = 10;

function joined(ctx: SideSql, parts: string[]): string {
  if (parts.length === 1) return parts[0] ?? "''";
  return ctx.dialect === 'postgresql' ? parts.join(" || ', ' || ") : `CONCAT_WS(', ', ${parts.join(', ')})`;
}

/**
 * A parent named without a schema is looked up beside the child table (the same schema or database on
 * that side), so a foreign key read on the source is checked on a target that lives elsewhere.
 */
function parentSql(ctx: SideSql, parent: string): string {
  const t = parseTableName(parent);
  if ('error' in t) return ident(ctx.dialect, parent);
  return tableSql(ctx.dialect, t.schema === null ? { schema: ctx.table.schema, name: t.name } : t);
}

/**
 * Per foreign key: how many child rows point at no parent (NULL references are not orphans), and the
 * first few of them by child key. NOT EXISTS lets the engine use the parent's key index.
 */
export function orphanStatements(
  ctx: SideSql,
  layout: Layout,
  facts: VerifyTableFacts,
  fks: VerifyForeignKey[],
  first: number,
): Numbered {
  const d = ctx.dialect;
  const step = str(d, ctx.step);
  const h = hashing(ctx, layout);
  const statements: string[] = [];
  let n = first;
  const classOf = (name: string) =>
    facts.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.typeClass ?? 'other';
  for (const fk of fks) {
    const child = fk.columns.map((c) => `c.${ident(d, c)}`);
    const parent = fk.parentColumns.map((c) => `p.${ident(d, c)}`);
    const where =
      `FROM ${ctx.tableSql} c WHERE ${child.map((c) => `${c} IS NOT NULL`).join(' AND ')}` +
      ` AND NOT EXISTS (SELECT 1 FROM ${parentSql(ctx, fk.parentTable)} p WHERE ${parent.map((p, i) => `${p} = ${child[i] ?? ''}`).join(' AND ')})` +
      ctx.where;
    const name = str(d, fk.name);
    statements.push(
      `SELECT 'orphans' AS kind, ${step} AS step, ${name} AS fk, COUNT(*) AS orphan_count ${where}\nUNION ALL ${endRow(d, ctx.step, n++, 4)};`,
    );
    const keyText = joined(
      ctx,
      h.keys.map((k) => canonical(d, k.typeClass, `c.${k.sql}`)),
    );
    const fkText = joined(
      ctx,
      fk.columns.map((c) => canonical(d, classOf(c), `c.${ident(d, c)}`)),
    );
    const order = h.keys.map((k) => `c.${k.sql}`).join(', ');
    statements.push(
      `(SELECT 'orphan' AS kind, ${step} AS step, ${name} AS fk, ${keyText} AS child_key, ${fkText} AS reference ${where}\nORDER BY ${order} LIMIT ${ORPHAN_SAMPLES})\nUNION ALL ${endRow(d, ctx.step, n++, 5)};`,
    );
  }
  return { statements, next: n };
}

/** The foreign keys to check: those either catalog declares, and one the plan's check names. */
export function foreignKeysOf(
  source: VerifyTableFacts | null,
  target: VerifyTableFacts | null,
  fromCheck: VerifyForeignKey | null,
): VerifyForeignKey[] {
  const out: VerifyForeignKey[] = [];
  const same = (a: VerifyForeignKey, b: VerifyForeignKey) =>
    a.parentTable.toLowerCase() === b.parentTable.toLowerCase() &&
    a.columns.join(',').toLowerCase() === b.columns.join(',').toLowerCase();
  for (const fk of [
    ...(source?.foreignKeys ?? []),
    ...(target?.foreignKeys ?? []),
    ...(fromCheck ? [fromCheck] : []),
  ])
    if (!out.some((o) => same(o, fk))) out.push(fk);
  return out;
}

/**
 * `child.column -> parent.column` (or with several columns in parentheses) in a referential check's
 * target or constraint: the plan's word for a foreign key the database may not declare, for example on a
 * target loaded without constraints.
 */
export function foreignKeyFromCheck(text: string, childTable: string): VerifyForeignKey | null {
  const m = /^\s*([\w$."`]+)\.\(?([\w$, ]+?)\)?\s*->\s*([\w$."`]+)\.\(?([\w$, ]+?)\)?\s*$/.exec(text);
  if (!m) return null;
  const [, child = '', cols = '', parent = '', pcols = ''] = m;
  const last = (t: string) => t.split('.').at(-1)?.replace(/["`]/g, '').toLowerCase() ?? '';
  if (last(child) !== last(childTable)) return null;
  const columns = cols
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const parentColumns = pcols
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (columns.length === 0 || columns.length !== parentColumns.length) return null;
  return {
    name: text.trim().slice(0, 500),
    columns,
    parentTable: parent.replace(/["`]/g, ''),
    parentColumns,
  };
}
