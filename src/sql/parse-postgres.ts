import type * as LibPgQuery from 'libpg-query';
import type { Node } from 'libpg-query';
import { createByteSlicer, lineColumnAtCodePoint } from './text-position';
import type { SqlParseError } from './types';

/** The parts of libpg-query we use; typed here so callers do not load the module to name its type. */
export type PgParserModule = Pick<typeof LibPgQuery, 'parseSync' | 'hasSqlDetails' | 'scanSync'>;

export type PgStatement = {
  index: number;
  /** 1-based line of the statement's first token. */
  line: number;
  text: string;
  stmt: Node | undefined;
};

export type PgParseResult = { statements: PgStatement[]; parseError: SqlParseError | null };

let loading: Promise<PgParserModule> | null = null;

/**
 * Loads the WASM parser once, on first use. A dynamic import keeps it (and its 1.7 MB .wasm)
 * out of the app's first load; a failed load is forgotten so that the next call retries.
 */
export function loadPostgresParser(): Promise<PgParserModule> {
  loading ??= import('libpg-query')
    .then(async (mod) => {
      await mod.loadModule();
      return mod;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Splits and parses a script with the loaded parser. Never throws on bad SQL: it reports it. */
export function parsePostgresWith(parser: PgParserModule, text: string): PgParseResult {
  if (text.trim() === '') return { statements: [], parseError: null };
  try {
    const tree = parser.parseSync(text);
    const slicer = createByteSlicer(text);
    const statements = (tree.stmts ?? []).map((raw, index): PgStatement => {
      const { text: stmtText, line } = slicer.slice(raw.stmt_location ?? 0, raw.stmt_len ?? 0);
      return { index, line, text: stmtText, stmt: raw.stmt };
    });
    return { statements, parseError: null };
  } catch (error: unknown) {
    return { statements: [], parseError: toParseError(parser, error, text) };
  }
}

export async function parsePostgres(text: string): Promise<PgParseResult> {
  return parsePostgresWith(await loadPostgresParser(), text);
}

function toParseError(parser: PgParserModule, error: unknown, text: string): SqlParseError {
  const message = error instanceof Error ? error.message : String(error);
  const position = parser.hasSqlDetails(error) ? (error.sqlDetails?.cursorPosition ?? 0) : 0;
  return { message, ...lineColumnAtCodePoint(text, position) };
}
