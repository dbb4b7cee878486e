/** Line and column (both 1-based) of a 0-based code-point offset; PostgreSQL reports positions in characters. */
export function lineColumnAtCodePoint(
  text: string,
  codePointOffset: number,
): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let seen = 0;
  for (const ch of text) {
    if (seen >= codePointOffset) break;
    seen += 1;
    if (ch === '\n') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { line, column };
}

/** Same for a UTF-16 offset into a JS string (what node-sql-parser and our own splitter report). */
export function lineColumnAtIndex(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const NEWLINE = 10;
const isSpaceByte = (b: number): boolean => b === 32 || b === 9 || b === 10 || b === 13 || b === 12;

/**
 * Cuts statements out of a script by the parser's UTF-8 byte ranges. libpg_query reports
 * stmt_location/stmt_len in bytes, so a script with "é" in a comment would shift every later
 * statement if we sliced the JS string with them.
 */
export function createByteSlicer(text: string): {
  slice: (start: number, length: number) => { text: string; line: number };
} {
  const bytes = new TextEncoder().encode(text);
  const ascii = bytes.length === text.length;
  const decoder = new TextDecoder();
  // Statements come in order, so one forward cursor counts lines in O(script length) overall.
  let cursor = 0;
  let line = 1;
  return {
    slice(start, length) {
      let from = Math.max(0, start);
      const to = length > 0 ? Math.min(bytes.length, from + length) : bytes.length;
      while (from < to && isSpaceByte(bytes[from] ?? 0)) from += 1;
      if (from < cursor) {
        cursor = 0;
        line = 1;
      }
      for (; cursor < from; cursor += 1) if (bytes[cursor] === NEWLINE) line += 1;
      const raw = ascii ? text.slice(from, to) : decoder.decode(bytes.subarray(from, to));
      return { text: raw.trimEnd(), line };
    },
  };
}
