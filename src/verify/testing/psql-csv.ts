import type { PGlite } from '@electric-sql/pglite';

/** Type ids whose values PGlite would turn into numbers, booleans or dates: kept as PostgreSQL prints them. */
const RAW_TYPES = [16, 17, 20, 21, 23, 26, 114, 700, 701, 1082, 1083, 1114, 1184, 1700, 2950, 3802];
const raw = Object.fromEntries(RAW_TYPES.map((t) => [t, (v: string) => v]));

const csvField = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Runs a script on PGlite and prints every result set as `psql -X -q --csv` does: a header line, then
 * RFC 4180 rows with NULL and the empty string both printed as nothing. Statements without a result
 * (SET, BEGIN, PREPARE) print nothing, as with -q.
 */
export async function psqlCsv(db: PGlite, sql: string): Promise<string> {
  const results = await db.exec(sql, { rowMode: 'array', parsers: raw });
  const out: string[] = [];
  for (const r of results) {
    if (r.fields.length === 0) continue;
    out.push(r.fields.map((f) => csvField(f.name)).join(','));
    for (const row of r.rows as unknown[][]) out.push(row.map(csvField).join(','));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
