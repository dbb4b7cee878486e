import { fieldId } from '../../components/field';
import type { SqlParseError } from '../../sql/types';
import { FORWARD_SQL_PATH } from './sql-source-editor';

/** UTF-16 range of a 1-based line in `text`, for selecting it in the text area. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let l = 1; l < line; l += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

/** The parser's complaint at its line and column, the line itself with a caret, and a way to go there. */
export function ParseErrorNotice({ error, text }: { error: SqlParseError; text: string }) {
  const { start, end } = lineRange(text, error.line);
  const source = text.slice(start, end);
  const caret = `${' '.repeat(Math.max(0, Math.min(error.column - 1, source.length)))}^`;
  const goThere = () => {
    const area = document.getElementById(fieldId(FORWARD_SQL_PATH));
    if (!(area instanceof HTMLTextAreaElement)) return;
    area.focus();
    area.setSelectionRange(start, end);
  };
  return (
    <div className="banner banner-error sql-parse-error" role="alert">
      <p>
        <strong>
          Parse error at line {error.line}, column {error.column}:
        </strong>{' '}
        {error.message}
      </p>
      {/* Focusable: a long line scrolls sideways, and a keyboard must be able to scroll it to the caret. */}
      <pre aria-label={`Line ${error.line} of the script`} tabIndex={0}>{`${source}\n${caret}`}</pre>
      <p>
        No statement was classified: the engine falls back to a coarse scan for DROP and TRUNCATE until the
        script parses.{' '}
        <button type="button" onClick={goThere}>
          Select line {error.line} in the script
        </button>
      </p>
    </div>
  );
}
