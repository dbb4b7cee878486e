import type { SqlDialect } from '../domain';
import { str } from './quote';

/** The command that prints what the app reads back, per dialect. */
export function clientCommand(dialect: SqlDialect, file: string): string {
  return dialect === 'postgresql'
    ? `psql -X -q --csv -v ON_ERROR_STOP=1 -d <database> -f ${file}.sql > ${file}.csv`
    : `mysql --batch --default-character-set=utf8mb4 <database> < ${file}.sql > ${file}.tsv`;
}

/**
 * Session settings first, all of them local to this connection: they make the canonical text the same
 * on every server (UTC, shortest exact floats, plain string escapes) and the run read-only. One
 * REPEATABLE READ transaction gives every statement of a round the same snapshot, so chunks counted at
 * different moments cannot disagree with each other; PostgreSQL allows it on a hot standby.
 */
function preamble(dialect: SqlDialect): string[] {
  return dialect === 'postgresql'
    ? [
        'SET standard_conforming_strings = on;',
        'SET extra_float_digits = 1;',
        "SET TIME ZONE 'UTC';",
        "SET DateStyle = 'ISO, YMD';",
        'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;',
      ]
    : [
        'SET NAMES utf8mb4;',
        "SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');",
        "SET time_zone = '+00:00';",
        'SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;',
        'START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY;',
      ];
}

export type ScriptHead = { dialect: SqlDialect; title: string; file: string; lines: string[] };

export function script(head: ScriptHead, statements: string[]): string {
  const comment = (s: string) => `-- ${s.replace(/[\r\n]+/g, ' ')}`;
  return [
    comment(`Migration Workbench: ${head.title}`),
    comment('Read-only: SELECT statements in a read-only transaction; safe to run on a replica.'),
    comment(`Run: ${clientCommand(head.dialect, head.file)}`),
    comment('then paste or drop what it printed into the workbench.'),
    ...head.lines.map(comment),
    ...preamble(head.dialect),
    ...statements,
    'COMMIT;',
    '',
  ].join('\n');
}

/**
 * The last row of every statement: `end`, the step and the statement's number, padded with NULLs to the
 * statement's width. It is part of the statement (UNION ALL), so it prints only when the statement ran
 * to the end; a missing one tells the app that an output was cut short or a statement failed.
 */
export function endRow(dialect: SqlDialect, step: string, n: number, width: number): string {
  const nulls = Array.from({ length: Math.max(0, width - 3) }, () => 'NULL');
  return `SELECT ${["'end'", str(dialect, step), `'${n}'`, ...nulls].join(', ')}`;
}

/** Rejects a filter that could end the statement or hide the rest of it. */
export function whereProblem(where: string): string | null {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < where.length; i += 1) {
    const c = where[i] ?? '';
    if (quote) {
      if (c === '\\' && quote !== '"') i += 1;
      else if (c === quote) quote = where[i + 1] === quote ? (i++, quote) : null;
      continue;
    }
    const two = where.slice(i, i + 2);
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === ';') return 'The filter must be one expression: remove the semicolon.';
    else if (two === '--' || two === '/*' || c === '#') return 'The filter must not contain comments.';
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth < 0) return 'The filter closes a parenthesis it never opened.';
  }
  if (quote) return `The filter has an unclosed ${quote}.`;
  if (depth > 0) return 'The filter leaves a parenthesis open.';
  return null;
}
