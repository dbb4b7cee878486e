import type { VerifyKey } from '../domain';
import { md5Hex, element } from './normalise';
import type { Group, RoundPlan } from './plan-round';
import { keyLiteral, str } from './quote';
import { endRow } from './script';
import { bigintSql, bucketSql, hashing, intDiv, keyTuple, rangeSql, type Hashing } from './sql-hash';
import type { Layout, SideSql } from './layout';

/** Statement numbers run on from `first`; returns the statements and the next free number. */
export type Numbered = { statements: string[]; next: number };

/** The checksum statements of a round's plan, each ending in its `end` row. */
export function segmentStatements(ctx: SideSql, layout: Layout, plan: RoundPlan, first: number): Numbered {
  const h = hashing(ctx, layout);
  const statements: string[] = [];
  let n = first;
  for (const g of plan.groups) {
    if (g.kind === 'each') {
      const out = eachStatements(h, plan, g, n);
      statements.push(...out.statements);
      n = out.next;
    } else statements.push(groupStatement(h, g, n++));
  }
  return { statements, next: n };
}

const chunkHead = (h: Hashing) => `SELECT 'chunk' AS kind, ${str(h.ctx.dialect, h.ctx.step)} AS step`;
const sums = (h: Hashing) => `COUNT(*) AS row_count, SUM(${h.rowHash}) AS checksum`;
const from = (h: Hashing) => `FROM ${h.ctx.tableSql} WHERE 1 = 1`;

function groupStatement(h: Hashing, g: Exclude<Group, { kind: 'each' }>, n: number): string {
  const d = h.ctx.dialect;
  const end = (width: number) => `\nUNION ALL ${endRow(d, h.ctx.step, n, width)};`;
  if (g.kind === 'run') {
    const k = keyTuple(h);
    const L = bigintSql(h, g.L);
    const lo: VerifyKey | null = g.from === 0 ? g.lo : [String(g.L + BigInt(g.from) * g.w)];
    const hi: VerifyKey | null = g.to === g.n ? g.hi : [String(g.L + BigInt(g.to) * g.w)];
    const seg = `${g.base} + LEAST(${intDiv(h, `GREATEST(${k}, ${L}) - ${L}`, bigintSql(h, g.w))}, ${g.n - 1})`;
    return `${chunkHead(h)}, ${seg} AS seg, ${sums(h)}\n${from(h)}${rangeSql(h, lo, hi)}${h.ctx.where}\nGROUP BY 3${end(5)}`;
  }
  if (g.kind === 'buckets') {
    const p = g.parent;
    const seg = `${g.base} + ${intDiv(h, `MOD(${h.keyHash}, ${p.mod * g.factor})`, String(p.mod))}`;
    return `${chunkHead(h)}, ${seg} AS seg, ${sums(h)}\n${from(h)}${rangeSql(h, p.lo, p.hi)}${bucketSql(h, p)}${h.ctx.where}\nGROUP BY 3${end(5)}`;
  }
  const p = g.parent;
  const cols = h.columns.map((c) => md5Hex(d, element(d, c.typeClass, c.sql, c.fixed), 8));
  const select = [
    `SELECT 'row' AS kind`,
    `${str(d, h.ctx.step)} AS step`,
    ...h.keyText,
    md5Hex(d, h.rowText, 15),
    ...cols,
  ];
  return `${select.join(', ')}\n${from(h)}${rangeSql(h, p.lo, p.hi)}${bucketSql(h, p)}${h.ctx.where}${end(select.length)}`;
}

type Shape = 'both' | 'lo' | 'hi' | 'none';
const shapeOf = (lo: unknown, hi: unknown): Shape => (lo && hi ? 'both' : lo ? 'lo' : hi ? 'hi' : 'none');

/**
 * Chunks between sampled boundaries: one prepared statement per shape of range, executed once per chunk,
 * so the hash expression is written once instead of a thousand times. Parameters: the chunk's number,
 * its bounds, and the statement number its `end` row carries.
 */
function eachStatements(
  h: Hashing,
  plan: RoundPlan,
  g: Extract<Group, { kind: 'each' }>,
  first: number,
): Numbered {
  const d = h.ctx.dialect;
  const nk = h.keys.length;
  const k = keyTuple(h);
  const statements: string[] = [];
  const prepared = new Set<Shape>();
  let n = first;
  for (let i = 0; i < g.count; i += 1) {
    const s = plan.segments[g.base + i];
    if (!s) continue;
    const shape = shapeOf(s.lo, s.hi);
    const name = `verify_chunk_${shape}`;
    if (!prepared.has(shape)) {
      prepared.add(shape);
      statements.push(prepare(h, name, shape, nk, k));
    }
    const lits = [
      `'${g.base + i}'`,
      ...(s.lo ? keyParts(h, s.lo) : []),
      ...(s.hi ? keyParts(h, s.hi) : []),
      `'${n}'`,
    ];
    statements.push(execute(h, name, lits));
    n += 1;
  }
  for (const shape of prepared)
    statements.push(
      d === 'postgresql' ? `DEALLOCATE verify_chunk_${shape};` : `DEALLOCATE PREPARE verify_chunk_${shape};`,
    );
  return { statements, next: n };
}

const keyParts = (h: Hashing, key: VerifyKey): string[] =>
  h.keys.map((k, i) => keyLiteral(h.ctx.dialect, k.typeClass, key[i] ?? ''));

function prepare(h: Hashing, name: string, shape: Shape, nk: number, k: string): string {
  const d = h.ctx.dialect;
  const pg = d === 'postgresql';
  let p = 1;
  const param = () => (pg ? `$${p++}` : '?');
  const tuple = () => {
    const ps = Array.from({ length: nk }, param);
    return ps.length === 1 ? (ps[0] ?? '') : `(${ps.join(', ')})`;
  };
  const seg = pg ? `${param()}::text` : param();
  const lo = shape === 'both' || shape === 'lo' ? ` AND ${k} >= ${tuple()}` : '';
  const hi = shape === 'both' || shape === 'hi' ? ` AND ${k} < ${tuple()}` : '';
  const stmtNo = pg ? `${param()}::text` : param();
  const body =
    `${chunkHead(h)}, ${seg} AS seg, ${sums(h)} ${from(h)}${lo}${hi}${h.ctx.where}` +
    ` UNION ALL SELECT 'end', ${str(d, h.ctx.step)}, ${stmtNo}, NULL, NULL`;
  return pg ? `PREPARE ${name} AS ${body};` : `PREPARE ${name} FROM ${str(d, body)};`;
}

function execute(h: Hashing, name: string, literals: string[]): string {
  if (h.ctx.dialect === 'postgresql') return `EXECUTE ${name}(${literals.join(', ')});`;
  const vars = literals.map((_, i) => `@v${i + 1}`);
  return `SET ${literals.map((l, i) => `${vars[i] ?? ''} = ${l}`).join(', ')};\nEXECUTE ${name} USING ${vars.join(', ')};`;
}
