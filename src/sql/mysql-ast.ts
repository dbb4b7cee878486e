/** node-sql-parser's AST is loosely typed upstream; these readers check each step instead of casting. */
export type Obj = Record<string, unknown>;

export const obj = (v: unknown): Obj | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const lower = (v: unknown): string => (str(v) ?? '').toLowerCase();

/** `[{ db, table }]` or `{ db, table }` -> "db.table" / "table". */
export function tableName(v: unknown): string | null {
  const t = obj(Array.isArray(v) ? v[0] : v);
  const name = str(t?.table);
  if (name === null) return null;
  const db = str(t?.db);
  return db === null ? name : `${db}.${name}`;
}

export function columnName(v: unknown): string | null {
  const c = obj(v);
  return str(c?.column) ?? str(obj(c?.expr)?.value) ?? null;
}
