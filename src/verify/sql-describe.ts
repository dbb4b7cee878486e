import type { VerifySetup } from '../domain';
import type { SideSql } from './layout';
import { ident, schemaSql, str } from './quote';
import { endRow } from './script';

/**
 * Round 1 on each side: the table's columns and types, its primary key and foreign keys (from the
 * catalog, instant), the row count under the filter, and the smallest and largest key (through the key's
 * index: ORDER BY ... LIMIT 1 works for every orderable type, where min() does not exist for uuid).
 */
export function describeStatements(ctx: SideSql, setup: VerifySetup): string[] {
  const d = ctx.dialect;
  const step = str(d, ctx.step);
  const name = str(d, ctx.table.name);
  const schema = schemaSql(d, ctx.table);
  const single = setup.keyColumns.length === 1 ? ident(d, setup.keyColumns[0] ?? '') : null;
  const filtered = `FROM ${ctx.tableSql} WHERE 1 = 1${ctx.where}`;
  const asText = (e: string) => (d === 'postgresql' ? `${e}::text` : `CAST(${e} AS CHAR)`);
  const edge = (dir: 'ASC' | 'DESC') =>
    // The alias matters: ORDER BY "id" after `"id"::text` without one sorts by the text ('10' < '9').
    single ? `(SELECT ${asText(single)} AS edge ${filtered} ORDER BY ${single} ${dir} LIMIT 1)` : 'NULL';
  const count = `SELECT 'count' AS kind, ${step} AS step, (SELECT COUNT(*) ${filtered}) AS row_count, ${edge('ASC')} AS key_min, ${edge('DESC')} AS key_max\nUNION ALL ${endRow(d, ctx.step, 4, 5)};`;
  return d === 'postgresql'
    ? [...pgCatalog(ctx.step, name, schema), count]
    : [...mysqlCatalog(ctx.step, name, schema), count];
}

function pgCatalog(stepText: string, name: string, schema: string): string[] {
  const step = str('postgresql', stepText);
  const rel = `(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ${name} AND n.nspname = ${schema})`;
  return [
    `SELECT 'column' AS kind, ${step} AS step, c.column_name::text AS name, c.data_type::text AS data_type, c.udt_name::text AS udt,
  (SELECT t.typtype::text FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typname = c.udt_name AND n.nspname = c.udt_schema) AS typtype, c.ordinal_position::int AS pos
FROM information_schema.columns c WHERE c.table_schema = ${schema} AND c.table_name = ${name}
UNION ALL ${endRow('postgresql', stepText, 1, 7)};`,
    `SELECT 'key' AS kind, ${step} AS step, a.attname::text AS name, u.ord::int AS pos
FROM pg_catalog.pg_constraint con CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS u(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = u.attnum
WHERE con.contype = 'p' AND con.conrelid = ${rel}
UNION ALL ${endRow('postgresql', stepText, 2, 4)};`,
    `SELECT 'fk' AS kind, ${step} AS step, con.conname::text AS name, a.attname::text AS col, cn.nspname::text AS child_schema,
  pn.nspname::text AS parent_schema, pc.relname::text AS parent_table, pa.attname::text AS parent_col, u.ord::int AS pos
FROM pg_catalog.pg_constraint con CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS u(ck, pk, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = u.ck
JOIN pg_catalog.pg_class cc ON cc.oid = con.conrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = cc.relnamespace
JOIN pg_catalog.pg_class pc ON pc.oid = con.confrelid JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = u.pk
WHERE con.contype = 'f' AND con.conrelid = ${rel}
UNION ALL ${endRow('postgresql', stepText, 3, 9)};`,
  ];
}

function mysqlCatalog(stepText: string, name: string, schema: string): string[] {
  const step = str('mysql', stepText);
  // information_schema is utf8mb3: converted, so UNION ALL with the utf8mb4 literals never mixes collations.
  const u = (e: string) => `CONVERT(${e} USING utf8mb4)`;
  const where = `TABLE_SCHEMA = ${schema} AND TABLE_NAME = ${name}`;
  return [
    `SELECT 'column' AS kind, ${step} AS step, ${u('COLUMN_NAME')} AS name, ${u('DATA_TYPE')} AS data_type,
  ${u('COLUMN_TYPE')} AS udt, '' AS typtype, ORDINAL_POSITION AS pos
FROM information_schema.COLUMNS WHERE ${where}
UNION ALL ${endRow('mysql', stepText, 1, 7)};`,
    `SELECT 'key' AS kind, ${step} AS step, ${u('COLUMN_NAME')} AS name, ORDINAL_POSITION AS pos
FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_NAME = 'PRIMARY' AND ${where}
UNION ALL ${endRow('mysql', stepText, 2, 4)};`,
    `SELECT 'fk' AS kind, ${step} AS step, ${u('CONSTRAINT_NAME')} AS name, ${u('COLUMN_NAME')} AS col,
  ${u('TABLE_SCHEMA')} AS child_schema, ${u('REFERENCED_TABLE_SCHEMA')} AS parent_schema, ${u('REFERENCED_TABLE_NAME')} AS parent_table,
  ${u('REFERENCED_COLUMN_NAME')} AS parent_col, ORDINAL_POSITION AS pos
FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_NAME IS NOT NULL AND ${where}
UNION ALL ${endRow('mysql', stepText, 3, 9)};`,
  ];
}
