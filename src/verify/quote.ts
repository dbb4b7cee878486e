import type { SqlDialect, VerifyTypeClass } from '../domain';

/** A quoted identifier: PostgreSQL doubles `"`, MySQL doubles the backtick. */
export function ident(dialect: SqlDialect, name: string): string {
  return dialect === 'postgresql' ? `"${name.replace(/"/g, '""')}"` : `\`${name.replace(/`/g, '``')}\``;
}

/**
 * A string literal. PostgreSQL scripts set standard_conforming_strings, so only quotes are doubled; MySQL
 * scripts take NO_BACKSLASH_ESCAPES out of the session's sql_mode, so a backslash is escaped as well.
 */
export function str(dialect: SqlDialect, text: string): string {
  if (dialect === 'postgresql') return `'${text.replace(/'/g, "''")}'`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export type TableName = { schema: string | null; name: string };

/**
 * Splits `schema.table` (MySQL: `database.table`) into its parts. A part may be quoted with `"` or a
 * backtick to hold a dot; an unquoted name is taken as typed (the catalog compares it exactly).
 */
export function parseTableName(text: string): TableName | { error: string } {
  const parts: string[] = [];
  let i = 0;
  const s = text.trim();
  if (s === '') return { error: 'Name the table.' };
  while (i < s.length) {
    const q = s[i];
    let part = '';
    if (q === '"' || q === '`') {
      i += 1;
      while (i < s.length) {
        if (s[i] === q && s[i + 1] === q) {
          part += q;
          i += 2;
        } else if (s[i] === q) break;
        else part += s[i++];
      }
      if (s[i] !== q) return { error: `The table name ${s} has an unclosed ${q}.` };
      i += 1;
    } else {
      while (i < s.length && s[i] !== '.') part += s[i++];
      part = part.trim();
    }
    if (part === '') return { error: `The table name ${s} has an empty part.` };
    parts.push(part);
    if (i < s.length) {
      if (s[i] !== '.') return { error: `The table name ${s} has text after a quoted part.` };
      i += 1;
      if (i === s.length) return { error: `The table name ${s} ends with a dot.` };
    }
  }
  if (parts.length > 2) return { error: `Use table or schema.table, not ${s}.` };
  return parts.length === 2
    ? { schema: parts[0] ?? null, name: parts[1] ?? '' }
    : { schema: null, name: parts[0] ?? '' };
}

export function tableSql(dialect: SqlDialect, table: TableName): string {
  return table.schema === null
    ? ident(dialect, table.name)
    : `${ident(dialect, table.schema)}.${ident(dialect, table.name)}`;
}

/** The catalog's schema condition: the named schema, or the session's current one. */
export function schemaSql(dialect: SqlDialect, table: TableName): string {
  if (table.schema !== null) return str(dialect, table.schema);
  return dialect === 'postgresql' ? 'current_schema()' : 'DATABASE()';
}

/**
 * A key value written back into SQL, from the canonical text the database printed. Integers go in as
 * numbers (validated, so nothing else can slip in), binary keys from their hex, the rest as strings the
 * database converts to the column's type.
 */
export function keyLiteral(dialect: SqlDialect, typeClass: VerifyTypeClass, text: string): string {
  if (typeClass === 'integer') {
    if (!/^-?\d{1,40}$/.test(text)) throw new Error(`"${text}" is not an integer key`);
    return text;
  }
  if (typeClass === 'binary') {
    if (!/^[0-9a-f]*$/i.test(text)) throw new Error(`"${text}" is not hexadecimal`);
    return dialect === 'postgresql' ? `decode('${text}', 'hex')` : `X'${text}'`;
  }
  return str(dialect, text);
}
