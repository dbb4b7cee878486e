import type { HashMode } from './csv-bytes';

/**
 * What is hashed, in words the person running the check can hold against their export settings. Shown next to
 * every result so that a checksum mismatch caused by formatting is recognised as such.
 */
export const NORMALISED_MODE_DESCRIPTION = [
  'Normalised mode hashes field values, not the bytes as exported:',
  '- Line endings: CRLF, LF and CR all end a record; inside quoted values they are all read as LF. Blank lines are skipped.',
  '- Quoting: a field\'s value is hashed, not its quotes: "abc" and abc are equal, "" inside quotes is one ".',
  '- A UTF-8 byte order mark at the start is ignored. Column order matters; the header is compared, not hashed.',
  '- Bytes are compared as they are: no Unicode, case, number or date normalisation.',
].join('\n');

export const TRIM_DESCRIPTION =
  '- Whitespace: spaces and tabs around unquoted fields are trimmed (never inside quotes), for values and keys.';

export const NO_TRIM_DESCRIPTION = '- Whitespace: kept as exported.';

export const RAW_MODE_DESCRIPTION = [
  'Raw-bytes mode hashes each record exactly as exported, without its line ending: faster, and right when both',
  'sides were exported by the same tool with the same settings. Quoting, whitespace and line breaks inside',
  'quoted values count. Keys are still read as values (quotes removed), so the key diff works as in normalised',
  'mode; a UTF-8 byte order mark is ignored and CRLF, LF and CR all end a record.',
].join('\n');

export const REFERENTIAL_DESCRIPTION =
  'Referential check: a child row is an orphan when its foreign-key value is not among the parent keys. ' +
  'Empty values and NULL markers (NULL in any case, or \\N) mean "no parent" and are counted apart, never as orphans.';

export function describeNormalisation(mode: HashMode, trimWhitespace: boolean): string {
  if (mode === 'raw') return `${RAW_MODE_DESCRIPTION}\n${REFERENTIAL_DESCRIPTION}`;
  const ws = trimWhitespace ? TRIM_DESCRIPTION : NO_TRIM_DESCRIPTION;
  return `${NORMALISED_MODE_DESCRIPTION}\n${ws}\n${REFERENTIAL_DESCRIPTION}`;
}
