/** A statement cut out of a MySQL script: text plus where its first token starts. */
export type MysqlChunk = { text: string; start: number };

/**
 * Splits a MySQL script at top-level semicolons. node-sql-parser gives no statement positions,
 * so we walk the characters once, skipping quoted strings, `identifiers` and comments; this is
 * a lexer, not pattern matching, and it never classifies. DELIMITER blocks are not supported.
 */
export function splitMysql(script: string): MysqlChunk[] {
  const chunks: MysqlChunk[] = [];
  let start = -1;
  let i = 0;
  const n = script.length;
  const flush = (end: number): void => {
    if (start >= 0) chunks.push({ text: script.slice(start, end).trimEnd(), start });
    start = -1;
  };
  while (i < n) {
    const ch = script[i] ?? '';
    const next = script[i + 1] ?? '';
    if (ch === '-' && next === '-' && (script[i + 2] ?? '\n').trim() === '') {
      i = skipTo(script, i, '\n');
    } else if (ch === '#') {
      i = skipTo(script, i, '\n');
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (ch === ';') {
      flush(i);
      i += 1;
    } else if (ch.trim() === '') {
      i += 1;
    } else {
      if (start < 0) start = i;
      i = ch === "'" || ch === '"' || ch === '`' ? skipQuoted(script, i, ch) : i + 1;
    }
  }
  flush(n);
  return chunks;
}

function skipTo(s: string, from: number, stop: string): number {
  const end = s.indexOf(stop, from);
  return end < 0 ? s.length : end + 1;
}

function skipQuoted(s: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '\\' && quote !== '`') i += 2;
    else if (ch === quote && s[i + 1] === quote) i += 2;
    else if (ch === quote) return i + 1;
    else i += 1;
  }
  return s.length;
}
