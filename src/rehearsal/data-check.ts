import { USER_NS } from './catalog-queries';
import type { DataCheck, Db, TableData } from './types';

const TABLES = `SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname AS name,
  quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS ident
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_NS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`;

/**
 * Row count and an order-independent checksum per table: md5 of the sorted md5s of each row's text.
 * A rewrite may reorder rows, so order must not matter; any changed value or column does.
 */
export async function tableData(db: Db): Promise<Map<string, TableData>> {
  const tables = (await db.query<{ name: string; ident: string }>(TABLES)).rows;
  const out = new Map<string, TableData>();
  for (const t of tables) {
    const r = await db.query<{ rows: number; checksum: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(h, '' ORDER BY h)) AS checksum
       FROM (SELECT md5(x::text) AS h FROM ${t.ident} AS x) AS s`,
    );
    const row = r.rows[0];
    out.set(t.name, { table: t.name, rows: row?.rows ?? 0, checksum: row?.checksum ?? 'empty' });
  }
  return out;
}

export function compareData(before: Map<string, TableData>, after: Map<string, TableData>): DataCheck[] {
  const out: DataCheck[] = [];
  for (const [table, was] of before) {
    const now = after.get(table) ?? null;
    let message = 'rows and checksum match';
    if (!now) message = 'table missing after the rollback';
    else if (now.rows !== was.rows) message = `${now.rows} rows after the rollback, ${was.rows} before`;
    else if (now.checksum !== was.checksum)
      message = 'same row count, but the rows changed (checksum differs)';
    out.push({ table, before: was, after: now, ok: message === 'rows and checksum match', message });
  }
  return out;
}
