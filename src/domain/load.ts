import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { droppedKeys, type DroppedKey } from './dropped-keys';
import { PLAN_FORMAT_VERSION, PLAN_KIND } from './format';
import { Plan } from './plan';
import { upgradeToCurrent } from './upgrades';

/** Larger files are refused before parsing: a plan of 10,000 components is about 2 MB. */
export const MAX_PLAN_BYTES = 25 * 1024 * 1024;

export type LoadIssue = { path: string; message: string };
export type LoadErrorCode =
  | 'too-large'
  | 'binary'
  | 'too-deep'
  | 'empty'
  | 'unreadable'
  | 'not-json'
  | 'not-an-object'
  | 'wrong-kind'
  | 'unsupported-version'
  | 'invalid';

export type LoadError = {
  code: LoadErrorCode;
  /** One sentence that says what is wrong and where. */
  message: string;
  issues: LoadIssue[];
  line?: number;
  column?: number;
  /** Keys of an invalid plan that are not part of the format: often the misspelling behind an issue. */
  dropped?: DroppedKey[];
};

export type LoadResult =
  | {
      ok: true;
      plan: Plan;
      upgradedFrom: number | null;
      /** Keys of the file that are not part of a plan: left out of it, and listed so nothing goes unsaid. */
      dropped: DroppedKey[];
    }
  | { ok: false; error: LoadError };

const fail = (error: LoadError): LoadResult => ({ ok: false, error });

/** "assessment.components[3].rows" from zod's path array. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the document itself)' : out;
}

export function issuesFrom(error: z.ZodError): LoadIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** A plan nests about 6 levels (8 in share-link column form); anything far deeper is crafted. */
export const MAX_PLAN_DEPTH = 64;

/**
 * Where the text first nests deeper than `max`, found by a scan that never recurses. Checked before
 * parsing because the tolerant locator below and the share link's column decoder recurse per level:
 * 200,000 open brackets overflowed the stack and threw past the pipeline.
 */
export function tooDeepAt(text: string, max = MAX_PLAN_DEPTH): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i += 1; // a backslash escapes the next character, a quote included
      else if (code === 34) inString = false;
      else if (code === 10) {
        line += 1;
        lineStart = i + 1;
      }
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > max) return { line, column: i - lineStart + 1 };
    } else if (code === 125 || code === 93) depth -= 1;
    else if (code === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return null;
}

/**
 * V8's JSON.parse does not always say where it failed ("Unexpected end of JSON input"), so on the
 * failure path only, a tolerant parser locates the first error by offset.
 */
function locateJsonError(text: string): { line: number; column: number; reason: string } | undefined {
  const errors: ParseError[] = [];
  try {
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // Only a locator: if it fails, the message falls back to JSON.parse's own words.
    return undefined;
  }
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset).split('\n');
  return {
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
    reason: JSON_ERROR_WORDS[printParseErrorCode(first.error)] ?? 'unexpected text',
  };
}

/** The parser's error codes ("PropertyNameExpected") in words a person reads in the import message. */
const JSON_ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'there is more after the end of the plan',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'a control character inside a string',
};

/** The one way a plan's text comes in: size and type, parse, then the same steps as loadPlanValue. */
export function loadPlanText(raw: string, byteLength = raw.length * 2): LoadResult {
  if (byteLength > MAX_PLAN_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return fail({
      code: 'too-large',
      message: `The file is ${mb} MB; plans larger than ${MAX_PLAN_BYTES / 1024 / 1024} MB are refused.`,
      issues: [],
    });
  }
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (looksBinary(text)) {
    return fail({ code: 'binary', message: 'This is a binary file, not a plan (JSON text).', issues: [] });
  }
  if (text.trim() === '') return fail({ code: 'empty', message: 'The file is empty.', issues: [] });
  const deep = tooDeepAt(text);
  if (deep) {
    return fail({
      code: 'too-deep',
      message: `The file nests more than ${MAX_PLAN_DEPTH} levels deep at line ${deep.line}, column ${deep.column}; no plan does.`,
      issues: [],
      ...deep,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const where = locateJsonError(text);
    const message = where
      ? `The file is not valid JSON at line ${where.line}, column ${where.column} (${where.reason}).`
      : `The file is not valid JSON: ${detail}`;
    return fail({
      code: 'not-json',
      message,
      issues: [],
      ...(where ? { line: where.line, column: where.column } : {}),
    });
  }
  return loadPlanValue(value);
}

/** The path the suggested key would have: "assessment.titel" suggesting "title" gives "assessment.title". */
function siblingPath(d: DroppedKey): string {
  return `${d.path.slice(0, d.path.length - d.key.length)}${d.suggestion ?? d.key}`;
}

export type LoadOptions = {
  /**
   * `false` for a caller that never reports the keys a valid plan drops (a stored draft: the app wrote
   * it through this pipeline), so the walk that finds them is skipped and `dropped` is empty. An
   * invalid plan lists them whatever this says: the message may name the misspelling behind it.
   */
  listDropped?: boolean;
};

/** Recognise the version, upgrade step by step, validate and fill defaults. Never throws. */
export function loadPlanValue(value: unknown, options: LoadOptions = {}): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ code: 'not-an-object', message: 'A plan must be a JSON object.', issues: [] });
  }
  const doc = value as Record<string, unknown>;
  if (doc['kind'] !== PLAN_KIND) {
    const seen = typeof doc['kind'] === 'string' ? `"${doc['kind'].slice(0, 60)}"` : 'missing';
    return fail({
      code: 'wrong-kind',
      message: `This JSON is not a migration plan: "kind" is ${seen}, expected "${PLAN_KIND}".`,
      issues: [{ path: 'kind', message: `expected "${PLAN_KIND}"` }],
    });
  }
  const version = doc['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({
      code: 'unsupported-version',
      message: 'The plan has no valid "formatVersion" (a whole number from 1).',
      issues: [{ path: 'formatVersion', message: 'must be a whole number from 1' }],
    });
  }
  if (version > PLAN_FORMAT_VERSION) {
    return fail({
      code: 'unsupported-version',
      message: `The plan uses format version ${version}, newer than this app understands (${PLAN_FORMAT_VERSION}). Update the app.`,
      issues: [{ path: 'formatVersion', message: `at most ${PLAN_FORMAT_VERSION}` }],
    });
  }
  const upgraded = upgradeToCurrent(doc, version);
  if ('error' in upgraded) {
    return fail({
      code: 'unsupported-version',
      message: `The plan cannot be upgraded: ${upgraded.error}.`,
      issues: [{ path: 'formatVersion', message: upgraded.error }],
    });
  }
  const parsed = Plan.safeParse(upgraded.doc);
  if (!parsed.success) {
    const dropped = droppedKeys(upgraded.doc, Plan);
    const issues = issuesFrom(parsed.error);
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    // A required key reported missing is often there, misspelt: say so where the person looks first.
    const misspelt = first
      ? dropped.find((d) => d.suggestion !== null && first.path === siblingPath(d))
      : undefined;
    const hint = misspelt
      ? ` The file has "${misspelt.key}" there: did you mean "${misspelt.suggestion}"?`
      : '';
    return fail({
      code: 'invalid',
      message: first ? `Invalid plan at ${first.path}: ${first.message}${more}.${hint}` : 'Invalid plan.',
      issues,
      dropped,
    });
  }
  const dropped = options.listDropped === false ? [] : droppedKeys(upgraded.doc, Plan);
  return { ok: true, plan: parsed.data, upgradedFrom: upgraded.steps > 0 ? version : null, dropped };
}
