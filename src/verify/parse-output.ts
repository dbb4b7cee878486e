/**
 * Reads what `psql --csv` or `mysql --batch` printed. Every row the SQL selects starts with its kind and
 * step, so anything else in the paste (headers, `SET` or `BEGIN` tags, a blank line) is skipped, and two
 * outputs pasted together still come apart.
 */
export const ROW_KINDS = [
  'column',
  'key',
  'fk',
  'count',
  'bound',
  'chunk',
  'row',
  'orphans',
  'orphan',
  'end',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];
const KINDS: ReadonlySet<string> = new Set(ROW_KINDS);

export type OutputRow = { kind: RowKind; step: string; fields: string[] };
export type ParsedOutput = { format: 'csv' | 'tsv'; rows: OutputRow[] };

const STEP = /^[st]\d+-[0-9a-z]{4}$/;

export function parseOutput(input: string): ParsedOutput | { error: string } {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { error: 'Nothing was pasted.' };
  const format = detect(text);
  if (format === null) return { error: notOurs(text) };
  const records = format === 'csv' ? parseCsv(text) : parseTsv(text);
  const rows: OutputRow[] = [];
  for (const r of records) {
    const [kind = '', step = '', ...fields] = r;
    if (!KINDS.has(kind) || !STEP.test(step)) continue;
    rows.push({ kind: kind as RowKind, step, fields });
  }
  if (rows.length === 0) return { error: notOurs(text) };
  return { format, rows };
}

function detect(text: string): 'csv' | 'tsv' | null {
  for (const line of text.split('\n')) {
    const m = /^(\w+)([,\t])([st]\d+-[0-9a-z]{4})(?:[,\t]|\r?$)/.exec(line);
    if (m && KINDS.has(m[1] ?? '')) return m[2] === ',' ? 'csv' : 'tsv';
  }
  return null;
}

function notOurs(text: string): string {
  if (/^\s*kind\s*\|\s*step/m.test(text) || /^-+\+-+/m.test(text))
    return "This is psql's aligned output: run psql with --csv (the command is at the top of the SQL) and paste that.";
  if (/^\|\s*kind\s*\|/m.test(text) || /^\+-+\+/m.test(text))
    return "This is mysql's table output: run mysql with --batch (the command is at the top of the SQL) and paste that.";
  if (/ERROR|error:/i.test(text.slice(0, 2_000)))
    return `The paste holds an error, not results: ${text.trim().split('\n')[0]?.slice(0, 300) ?? ''}`;
  return 'No result rows of this round were found: paste what psql --csv or mysql --batch printed for its SQL.';
}

/** RFC 4180, as psql writes it: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  b: '\b',
  Z: '\x1a',
};

/** mysql --batch: one line a row, tab-separated, with \n, \t, \0 and \\ escaped inside values. */
export function parseTsv(text: string): string[][] {
  return text.split('\n').map((line) =>
    line
      .replace(/\r$/, '')
      .split('\t')
      .map((f) => f.replace(/\\(.)/g, (_, e: string) => ESCAPES[e] ?? e)),
  );
}
