import type { SqlDialect, VerifyTypeClass } from '../domain';
import { PORTABLE } from './type-class';

/**
 * The canonical text of one value, written as SQL for each dialect, so that PostgreSQL and MySQL print the
 * same characters for the same value (checked on PGlite and MariaDB in the tests):
 * - integers and booleans: decimal digits (true is 1);
 * - decimals: the digits without trailing zeros after the point (1.50 and 1.5000 are both 1.5);
 * - floats: rounded to 6 decimal places, then as a decimal (binary floats print differently per engine);
 * - text: the characters as stored, in UTF-8; collations are not applied (case and accents count);
 * - uuid: lower-case with hyphens; binary: lower-case hex;
 * - dates YYYY-MM-DD; timestamps YYYY-MM-DD HH:MM:SS with the fraction of a second as far as it is not
 *   zero (PostgreSQL's ISO text, which MySQL's is trimmed to), those with a time zone in UTC; times alike;
 * - json and anything else: the database's own text, equal across engines only when both print alike.
 * A NULL stays NULL here; the row text below marks it apart from every string, the empty one included.
 */
export function canonical(dialect: SqlDialect, typeClass: VerifyTypeClass, col: string): string {
  return dialect === 'postgresql' ? pg(typeClass, col) : mysql(typeClass, col);
}

function pg(c: VerifyTypeClass, col: string): string {
  switch (c) {
    case 'integer':
    case 'text':
    case 'uuid':
    case 'json':
    case 'other':
      return `${col}::text`;
    case 'boolean':
      return `${col}::int::text`;
    case 'decimal':
      return `trim_scale(${col})::text`;
    case 'float':
      return `trim_scale(round(${col}::float8::text::numeric, 6))::text`;
    case 'binary':
      return `encode(${col}, 'hex')`;
    // The script sets DateStyle to ISO; ::text is a third cheaper than to_char and trims the fraction.
    case 'date':
    case 'timestamp':
    case 'time':
      return `${col}::text`;
    case 'timestamptz':
      return `(${col} AT TIME ZONE 'UTC')::text`;
  }
}

/** Trailing zeros of a decimal's fraction, and then a bare point, are cut; an integer is left alone. */
const trimDecimal = (s: string) =>
  `(CASE WHEN INSTR(${s}, '.') > 0 THEN TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM ${s})) ELSE ${s} END)`;

function mysql(c: VerifyTypeClass, col: string): string {
  switch (c) {
    case 'integer':
    case 'boolean':
      // + 0 turns BIT into a number; for every integer type it changes nothing.
      return `CAST(${col} + 0 AS CHAR)`;
    case 'decimal':
      return trimDecimal(`CAST(${col} AS CHAR)`);
    case 'float':
      return trimDecimal(`CAST(CAST(${col} AS DECIMAL(65, 6)) AS CHAR)`);
    case 'text':
      return `CONVERT(${col} USING utf8mb4)`;
    case 'uuid':
      return `LOWER(CAST(${col} AS CHAR))`;
    case 'binary':
      return `LOWER(HEX(${col}))`;
    case 'date':
      return `DATE_FORMAT(${col}, '%Y-%m-%d')`;
    case 'timestamp':
    case 'timestamptz':
      // TIMESTAMP is shown in the session's time zone, which the script sets to UTC.
      return trimDecimal(`DATE_FORMAT(${col}, '%Y-%m-%d %H:%i:%s.%f')`);
    case 'time':
      return trimDecimal(`TIME_FORMAT(${col}, '%H:%i:%s.%f')`);
    case 'json':
    case 'other':
      return `CAST(${col} AS CHAR)`;
  }
}

/** Classes whose canonical text never holds `|` and is never just `N`: digits, hex, dates (the portable ones but text). */
export const FIXED: ReadonlySet<VerifyTypeClass> = new Set([...PORTABLE].filter((c) => c !== 'text'));

/**
 * One column's part of the row text, self-delimiting so that no value can imitate its neighbours, and
 * NULL never equals any string, the empty one included:
 * - a text-like value is its length in characters, a colon and the text (`0:` is the empty string), and
 *   NULL is `N`;
 * - a value of a class with a fixed alphabet (digits, hex, dates) is the text and `|`, and NULL is `N|`;
 *   that saves computing the text twice, a third of the hashing time on PostgreSQL.
 * Both sides must encode a column alike, so `fixed` is decided for the pair (layout.ts): a uuid on one
 * side and a char(36) on the other are both written as text.
 */
export function element(
  dialect: SqlDialect,
  typeClass: VerifyTypeClass,
  col: string,
  fixed: boolean,
): string {
  const v = canonical(dialect, typeClass, col);
  if (fixed)
    return dialect === 'postgresql' ? `COALESCE(${v} || '|', 'N|')` : `COALESCE(CONCAT(${v}, '|'), 'N|')`;
  return dialect === 'postgresql'
    ? `COALESCE(length(${v})::text || ':' || ${v}, 'N')`
    : `COALESCE(CONCAT(CHAR_LENGTH(${v}), ':', ${v}), 'N')`;
}

export function concatAll(dialect: SqlDialect, parts: string[]): string {
  if (parts.length === 1) return parts[0] ?? "''";
  return dialect === 'postgresql' ? parts.join(' || ') : `CONCAT(${parts.join(', ')})`;
}

/**
 * The first 60 bits of the MD5 of a text, as a non-negative integer: 15 hex digits, which both engines
 * turn into the same number (PostgreSQL through bit(60), MySQL through CONV). Summed per chunk, the
 * checksum does not depend on row order, and unlike XOR a duplicated row does not cancel out.
 */
export function md5Int(dialect: SqlDialect, text: string): string {
  return dialect === 'postgresql'
    ? `('x' || substr(md5(${text}), 1, 15))::bit(60)::bigint`
    : `CAST(CONV(SUBSTRING(MD5(${text}), 1, 15), 16, 10) AS UNSIGNED)`;
}

export function md5Hex(dialect: SqlDialect, text: string, digits: number): string {
  return dialect === 'postgresql'
    ? `substr(md5(${text}), 1, ${digits})`
    : `SUBSTRING(MD5(${text}), 1, ${digits})`;
}
