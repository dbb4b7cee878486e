import type { TableRates } from './types';

/**
 * A pasted table-statistics snapshot: the output of, for example,
 *   SELECT schemaname, relname, n_live_tup FROM pg_stat_user_tables;
 *   SELECT relname, reltuples FROM pg_class WHERE relkind = 'r';
 * as psql prints it (columns split by '|', a dashed rule under the header, "(N rows)" after) or as
 * CSV or TSV with a header. Optional reads_per_sec and writes_per_sec columns give the rates the lock x
 * traffic estimate needs. Pure; a line it cannot read is reported, never guessed at.
 */
export type TableStats = {
  rows: Record<string, number>;
  rates: Record<string, TableRates>;
  /** Table names as keyed in `rows` ("schema.table" and "table"). */
  tables: string[];
  problems: string[];
};

const NAME = ['relname', 'table_name', 'tablename', 'table', 'name'];
const SCHEMA = ['schemaname', 'nspname', 'schema', 'table_schema'];
const ROWS = ['n_live_tup', 'reltuples', 'rows', 'row_count', 'estimate', 'count'];
const READS = ['reads_per_sec', 'reads/s', 'reads_per_second', 'reads'];
const WRITES = ['writes_per_sec', 'writes/s', 'writes_per_second', 'writes'];

function splitter(header: string): (line: string) => string[] {
  const sep = header.includes('|') ? '|' : header.includes('\t') ? '\t' : ',';
  return (line) => line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

const numberOf = (cell: string | undefined): number | null => {
  if (cell === undefined || cell === '') return null;
  const n = Number(cell.replace(/[_\s]/g, ''));
  return Number.isFinite(n) ? n : null;
};

export function parseTableStats(text: string): TableStats {
  const out: TableStats = { rows: {}, rates: {}, tables: [], problems: [] };
  const lines = text.split(/\r?\n/).map((l, i) => ({ text: l.trim(), at: i + 1 }));
  const content = lines.filter(
    (l) => l.text !== '' && !/^[-+\s]+$/.test(l.text) && !/^\(\d+ rows?\)$/.test(l.text),
  );
  const header = content[0];
  if (header === undefined) return out;
  const split = splitter(header.text);
  const columns = split(header.text).map((c) => c.toLowerCase());
  const find = (names: string[]) => columns.findIndex((c) => names.includes(c));
  const [name, schema, rows, reads, writes] = [
    find(NAME),
    find(SCHEMA),
    find(ROWS),
    find(READS),
    find(WRITES),
  ];
  if (name < 0 || (rows < 0 && reads < 0 && writes < 0)) {
    out.problems.push(
      `line ${header.at}: the header needs a table name column (relname) and a row count (n_live_tup or reltuples) or rates (reads_per_sec, writes_per_sec)`,
    );
    return out;
  }
  for (const line of content.slice(1)) {
    const cells = split(line.text);
    const table = cells[name]?.toLowerCase() ?? '';
    if (table === '') {
      out.problems.push(`line ${line.at}: no table name`);
      continue;
    }
    const keys = [table];
    const ns = schema >= 0 ? cells[schema]?.toLowerCase() : undefined;
    if (ns !== undefined && ns !== '') keys.unshift(`${ns}.${table}`);
    const count = numberOf(cells[rows]);
    // reltuples is -1 for a table never vacuumed or analysed: unknown, not empty.
    if (rows >= 0 && (count === null || count < 0))
      out.problems.push(`line ${line.at}: no row count for ${table}`);
    const r = numberOf(cells[reads]) ?? 0;
    const w = numberOf(cells[writes]) ?? 0;
    for (const key of keys) {
      if (count !== null && count >= 0) out.rows[key] = Math.round(count);
      if (r > 0 || w > 0) out.rates[key] = { readsPerSec: r, writesPerSec: w };
      if (!out.tables.includes(key)) out.tables.push(key);
    }
  }
  return out;
}

/** `orders=4000:200` (reads:writes per second), as the CLI's --rates takes it. */
export function parseRate(spec: string): { table: string; rates: TableRates } | null {
  const m = /^([^=\s]+)=(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(spec.trim());
  if (!m) return null;
  return {
    table: (m[1] ?? '').toLowerCase(),
    rates: { readsPerSec: Number(m[2]), writesPerSec: Number(m[3]) },
  };
}
