import { parseOutput, type OutputRow } from './parse-output';
import type { Side } from './types';

export type SideRows = { rows: OutputRow[]; bytes: number };

const label = (side: Side) => (side === 'source' ? 'source' : 'target');

/**
 * The rows one side printed for this round, or a sentence saying why the paste does not fit: the other
 * side's output, another round's, another check's, a cut-off paste or a failed statement.
 */
export function readSide(
  text: string,
  side: Side,
  step: string,
  ends: number,
  /** A round's own reading of an incomplete output (a describe round that found no table). */
  explain: (rows: OutputRow[]) => string | null = () => null,
): SideRows | { error: string } {
  const parsed = parseOutput(text);
  const bytes = new TextEncoder().encode(text).length;
  if ('error' in parsed) return { error: `${cap(label(side))}: ${parsed.error}` };
  const mine = parsed.rows.filter((r) => r.step === step);
  if (mine.length === 0)
    return { error: `${cap(label(side))}: ${whoseRows(parsed.rows[0]?.step ?? '', step)}` };
  const seen = new Set(mine.filter((r) => r.kind === 'end').map((r) => Number(r.fields[0])));
  const missing: number[] = [];
  for (let n = 1; n <= ends; n += 1) if (!seen.has(n)) missing.push(n);
  const explained = missing.length > 0 ? explain(mine) : null;
  if (explained) return { error: `${cap(label(side))}: ${explained}` };
  if (missing.length > 0) {
    const first = missing[0] ?? 0;
    return {
      error:
        `${cap(label(side))}: the output of statement ${first} of ${ends} is not complete` +
        (missing.length > 1 ? ` (${missing.length} statements are missing)` : '') +
        '. A statement failed or the paste was cut short: run the whole SQL again with the command at its top and paste all of it.',
    };
  }
  return { rows: mine, bytes };
}

function whoseRows(found: string, expected: string): string {
  const [fs, ft] = found.split('-');
  const [es, et] = expected.split('-');
  if (ft !== et)
    return 'this output belongs to another verification (its rows are marked for another check or an earlier start).';
  if (fs?.[0] !== es?.[0])
    return `this is the ${fs?.[0] === 's' ? 'source' : 'target'}'s output: paste it on the other side.`;
  return `this is the output of round ${fs?.slice(1)}; this round is ${es?.slice(1)}: run this round's SQL.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A non-negative integer as printed; mysql prints NULL and psql prints nothing for an empty SUM. */
export function countField(v: string | undefined): bigint | null {
  const t = (v ?? '').trim();
  if (t === '' || t === 'NULL') return 0n;
  return /^\d+$/.test(t) ? BigInt(t) : null;
}
