/**
 * Catalog queries for the schema snapshot. Only user schemas: the system catalogs are the same on
 * both sides and would drown the differences that matter.
 */
export const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

const qname = `CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END`;

export const RELATIONS_SQL = `
SELECT ${qname} || c.relname AS name, c.relkind::text AS kind,
  CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE '' END AS def
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`;

export const COLUMNS_SQL = `
SELECT ${qname} || c.relname AS rel, a.attname AS name,
  format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
  coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS def, a.attidentity::text AS identity,
  a.attgenerated::text AS generated,
  row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)::int AS position
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE ${USER_NS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped`;

export const INDEXES_SQL = `
SELECT ${qname} || i.relname AS name, ${qname} || t.relname AS rel, pg_get_indexdef(i.oid) AS def
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = i.relnamespace WHERE ${USER_NS}`;

export const CONSTRAINTS_SQL = `
SELECT ${qname} || c.relname AS rel, k.conname AS name, k.contype::text AS kind,
  pg_get_constraintdef(k.oid) AS def
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS}`;

export const SEQUENCES_SQL = `
SELECT ${qname} || c.relname AS name,
  format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement ||
  ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END AS def
FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS}`;

/** Where each sequence stands: a setval or nextval the rollback did not undo shows here. */
export const SEQUENCE_VALUES_SQL = `
SELECT ${qname} || c.relname AS name,
  coalesce('last value ' || pg_sequence_last_value(c.oid)::text, 'never used') AS def
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS} AND c.relkind = 'S'`;

export const TRIGGERS_SQL = `
SELECT ${qname} || c.relname AS rel, t.tgname AS name, pg_get_triggerdef(t.oid) AS def
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS} AND NOT t.tgisinternal`;

export const FUNCTIONS_SQL = `
SELECT ${qname} || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
  md5(pg_get_functiondef(p.oid)) AS def
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE ${USER_NS} AND p.prokind IN ('f', 'p')`;

export const TYPES_SQL = `
SELECT ${qname} || t.typname AS name,
  CASE t.typtype
    WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                               FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
    ELSE 'domain over ' || format_type(t.typbasetype, t.typtypmod) END AS def
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE ${USER_NS} AND t.typtype IN ('e', 'd')`;

export const SCHEMAS_SQL = `SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_NS}`;

export const EXTENSIONS_SQL = `SELECT extname AS name, extversion AS def FROM pg_extension`;
