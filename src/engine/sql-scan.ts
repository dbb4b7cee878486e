/**
 * A small fallback for GR-04 and GR-05 when no SqlFacts (from the real parser) are supplied: split
 * SQL into statements, ignoring comments, string literals, quoted identifiers and dollar-quoted
 * bodies, and report the ones that are destructive or breaking. It is deliberately coarse: it only
 * has to find DROP and TRUNCATE (and ALTER ... DROP COLUMN, which drops data just as surely), renames
 * and column type changes, without being fooled by a comment or a string that mentions them. One
 * pass, linear in the text length.
 */

export type ScannedStatement = {
  line: number;
  text: string;
  keyword: string;
  destructive: boolean;
  /** Old code breaks on it without losing data: a rename, or a column's type changed (GR-05). */
  breaking: boolean;
};

/** Statements of `sql` with their first keyword, classified on the text with comments and literals blanked. */
export function scanStatements(
  sql: string,
  dialect: 'postgresql' | 'mysql' = 'postgresql',
): ScannedStatement[] {
  const out: ScannedStatement[] = [];
  let buf = '';
  let line = 1;
  let startLine = 1;
  let started = false;
  let startIndex = 0;
  const n = sql.length;
  let i = 0;
  const flush = (): void => {
    const blanked = buf.trim();
    if (blanked !== '') out.push(classify(blanked, sql.slice(startIndex, i).trim(), startLine));
    buf = '';
    started = false;
  };
  while (i < n) {
    const ch = sql[i] ?? '';
    const next = sql[i + 1] ?? '';
    if (ch === '\n') line += 1;
    const opensComment = (ch === '-' && next === '-') || (ch === '/' && next === '*');
    if (!started && !/\s/.test(ch) && ch !== ';' && !opensComment) {
      started = true;
      startLine = line;
      startIndex = i;
    }
    if (ch === '-' && next === '-') {
      while (i < n && sql[i] !== '\n') i += 1;
      buf += ' ';
      continue;
    }
    const last = buf[buf.length - 1] ?? ' ';
    if (ch === '#' && dialect === 'mysql' && /\s/.test(last)) {
      // MySQL line comment; only where a token could start, so `a#b` inside identifiers is left alone.
      while (i < n && sql[i] !== '\n') i += 1;
      buf += ' ';
      continue;
    }
    if (ch === '/' && next === '*') {
      i += 2;
      while (i < n && !(sql[i] === '*' && sql[i + 1] === '/')) {
        if (sql[i] === '\n') line += 1;
        i += 1;
      }
      i += 2;
      buf += ' ';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      // Backslash escapes exist in MySQL strings and PostgreSQL E'...' strings, not in standard ones.
      const escapes = ch !== '`' && (dialect === 'mysql' || last === 'e' || last === 'E');
      i += 1;
      while (i < n) {
        const c = sql[i];
        if (c === '\n') line += 1;
        if (c === '\\' && escapes) {
          i += 2;
          continue;
        }
        if (c === ch) {
          if (sql[i + 1] === ch) {
            i += 2;
            continue;
          }
          break;
        }
        i += 1;
      }
      i += 1;
      buf += ch === "'" ? "''" : '""';
      continue;
    }
    if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        const stop = end < 0 ? n : end + tag[0].length;
        for (let k = i; k < stop; k += 1) if (sql[k] === '\n') line += 1;
        i = stop;
        buf += "''";
        continue;
      }
    }
    if (ch === ';') {
      flush();
      i += 1;
      continue;
    }
    buf += ch;
    i += 1;
  }
  flush();
  return out;
}

function classify(blanked: string, text: string, line: number): ScannedStatement {
  const words = blanked.toUpperCase().match(/[A-Z_]+/g) ?? [];
  const keyword = words[0] ?? '';
  let destructive = keyword === 'DROP' || keyword === 'TRUNCATE';
  if (!destructive && keyword === 'ALTER') {
    for (let k = 1; k < words.length - 1; k += 1) {
      if (words[k] !== 'DROP') continue;
      const what = words[k + 1];
      // DROP DEFAULT / DROP NOT NULL / DROP CONSTRAINT lose no rows; DROP [COLUMN] name loses a column.
      if (what === 'DEFAULT' || what === 'NOT' || what === 'CONSTRAINT' || what === 'IDENTITY') continue;
      if (what === 'INDEX' || what === 'KEY' || what === 'PRIMARY' || what === 'FOREIGN') continue;
      if (what === 'EXPRESSION' || what === 'TRIGGER') continue;
      destructive = true;
      break;
    }
  }
  return { line, text, keyword, destructive, breaking: !destructive && isBreaking(keyword, words) };
}

/** RENAME anything, ALTER COLUMN ... [SET DATA] TYPE, and MySQL's MODIFY / CHANGE [COLUMN]. */
function isBreaking(keyword: string, words: readonly string[]): boolean {
  if (keyword === 'RENAME') return true;
  if (keyword !== 'ALTER') return false;
  for (let k = 1; k < words.length; k += 1) {
    const word = words[k];
    if (word === 'RENAME' || word === 'MODIFY' || word === 'CHANGE') return true;
    // ALTER TABLE t ALTER [COLUMN] c [SET DATA] TYPE x; not ALTER TYPE (an enum) on its own.
    if (word === 'TYPE' && words.slice(1, k).includes('ALTER')) return true;
  }
  return false;
}

/** Only the destructive statements: what GR-04 reports. */
export function destructiveStatements(
  sql: string,
  dialect: 'postgresql' | 'mysql' = 'postgresql',
): ScannedStatement[] {
  if (!/drop|truncate/i.test(sql)) return [];
  return scanStatements(sql, dialect).filter((s) => s.destructive);
}
