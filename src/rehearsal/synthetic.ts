import { USER_NS } from './catalog-queries';
import type { Db } from './types';

type ColumnInfo = {
  rel: string;
  col: string;
  type: string;
  base: string;
  category: string;
  enumLabels: number;
  length: number;
  notnull: boolean;
  identity: string;
  generated: string;
};
type ForeignKey = { rel: string; cols: string[]; parent: string; parentCols: string[] };

const qi = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qrel = (rel: string) => rel.split('.').map(qi).join('.');

const COLUMNS = `
SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname AS rel,
  a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
  format_type(coalesce(nullif(t.typbasetype, 0), t.oid), NULL) AS base, t.typcategory::text AS category,
  (SELECT count(*) FROM pg_enum e WHERE e.enumtypid = t.oid)::int AS "enumLabels",
  CASE WHEN a.atttypmod > 4 AND t.typcategory = 'S' THEN a.atttypmod - 4 ELSE 0 END AS length,
  a.attnotnull AS notnull, a.attidentity::text AS identity, a.attgenerated::text AS generated
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE ${USER_NS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY rel, a.attnum`;

const FOREIGN_KEYS = `
SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname AS rel,
  (SELECT array_agg(attname ORDER BY k.ord) FROM unnest(f.conkey) WITH ORDINALITY k(num, ord)
   JOIN pg_attribute ON attrelid = f.conrelid AND attnum = k.num) AS cols,
  CASE WHEN pn.nspname = 'public' THEN '' ELSE pn.nspname || '.' END || p.relname AS parent,
  (SELECT array_agg(attname ORDER BY k.ord) FROM unnest(f.confkey) WITH ORDINALITY k(num, ord)
   JOIN pg_attribute ON attrelid = f.confrelid AND attnum = k.num) AS "parentCols"
FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = f.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE f.contype = 'f' AND ${USER_NS}`;

/**
 * A value for row `g` (an SQL expression) that fits the column's type. Distinct per row for keys and
 * unique columns, and the same function of g in every table, so that a foreign key can point at the
 * parent's row by computing the parent column's value for a row number within the parent's range.
 */
function valueFor(c: ColumnInfo, g: string): string {
  const base = c.base;
  if (c.enumLabels > 0) return `(enum_range(NULL::${c.type}))[1 + (${g}) % ${c.enumLabels}]`;
  if (/^(smallint)$/.test(base)) return `((${g}) % 32000)::smallint`;
  if (/^(integer|bigint|numeric|real|double precision|money)$/.test(base)) return `(${g})::${base}`;
  if (base === 'boolean') return `((${g}) % 2 = 0)`;
  if (base === 'uuid') return `md5((${g})::text)::uuid`;
  if (base === 'date') return `(date '2020-01-01' + ((${g}) % 3650))`;
  if (base.startsWith('timestamp')) return `(timestamp '2020-01-01' + (${g}) * interval '1 minute')::${base}`;
  if (base.startsWith('time')) return `(time '00:00' + (${g}) * interval '1 second')::${base}`;
  if (base === 'interval') return `((${g}) * interval '1 second')`;
  if (base === 'jsonb' || base === 'json') return `json_build_object('n', ${g})::${base}`;
  if (base === 'bytea') return `decode(md5((${g})::text), 'hex')`;
  if (base === 'inet' || base === 'cidr') return `('10.0.0.0'::inet + (${g}))::${base}`;
  if (c.type.endsWith('[]')) return `ARRAY[]::${c.type}`;
  if (c.category === 'S') {
    const text = `'r' || (${g})`;
    return c.length > 0 ? `right(${text}, ${c.length})::${c.type}` : `(${text})::${c.type}`;
  }
  return `NULL::${c.type}`;
}

/** Parents before children; a cycle is broken by leaving the rest in schema order. */
function insertOrder(tables: string[], fks: ForeignKey[]): string[] {
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    for (const fk of fks) if (fk.rel === t && fk.parent !== t) visit(fk.parent, path);
    path.delete(t);
    done.add(t);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/**
 * Loads `rows` synthetic rows into every table, respecting types, NOT NULL and foreign keys.
 * Returns one warning per table that could not be filled (a CHECK constraint it cannot guess...).
 */
export async function loadSyntheticRows(db: Db, rows: number): Promise<string[]> {
  if (rows <= 0) return [];
  const columns = (await db.query<ColumnInfo>(COLUMNS)).rows;
  const fks = (await db.query<ForeignKey>(FOREIGN_KEYS)).rows;
  const byTable = new Map<string, ColumnInfo[]>();
  for (const c of columns) byTable.set(c.rel, [...(byTable.get(c.rel) ?? []), c]);
  const warnings: string[] = [];
  for (const table of insertOrder([...byTable.keys()], fks)) {
    const cols = (byTable.get(table) ?? []).filter((c) => c.generated === '');
    const exprs = cols.map((c) => {
      const fk = fks.find((f) => f.rel === table && f.cols.includes(c.col));
      if (!fk) return valueFor(c, 'g');
      const parentCol = fk.parentCols[fk.cols.indexOf(c.col)];
      const parentInfo = byTable.get(fk.parent)?.find((p) => p.col === parentCol);
      // Row g points at parent row ((g - 1) % rows) + 1, which exists because parents load first.
      return parentInfo ? valueFor(parentInfo, `((g - 1) % ${rows}) + 1`) : 'NULL';
    });
    const sql = `INSERT INTO ${qrel(table)} (${cols.map((c) => qi(c.col)).join(', ')}) OVERRIDING SYSTEM VALUE
SELECT ${exprs.join(', ')} FROM generate_series(1, ${rows}) AS s(g)`;
    try {
      await db.exec(sql);
      // Explicit values leave the serial and identity sequences behind; move them past the rows.
      for (const c of cols) {
        await db.query(
          `SELECT setval(s, ${rows}) FROM pg_get_serial_sequence($1, $2) AS s WHERE s IS NOT NULL`,
          [qrel(table), c.col],
        );
      }
    } catch (error: unknown) {
      warnings.push(`${table}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return warnings;
}
