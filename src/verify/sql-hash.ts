import type { VerifyKey, VerifySegment, VerifyTypeClass } from '../domain';
import { sideColumns, type Layout, type SideSql } from './layout';
import { canonical, concatAll, element, md5Int } from './normalise';
import { keyLiteral } from './quote';

type Col = { sql: string; typeClass: VerifyTypeClass; fixed: boolean };

/** A side's expressions for hashing rows and keys, and for writing key ranges back into SQL. */
export type Hashing = {
  ctx: SideSql;
  keys: Col[];
  columns: Col[];
  /** 60-bit integer of the row's MD5 (the summed checksum). */
  rowHash: string;
  /** The row text itself, for the per-row listing. */
  rowText: string;
  /** 60-bit integer of the key's MD5: picks a row's bucket when a range can no longer be cut. */
  keyHash: string;
  /** Canonical text of each key column, as printed back. */
  keyText: string[];
};

export function hashing(ctx: SideSql, layout: Layout): Hashing {
  const d = ctx.dialect;
  const keys = sideColumns(ctx, layout.key);
  const columns = sideColumns(ctx, layout.columns);
  const rowText = concatAll(
    d,
    columns.map((c) => element(d, c.typeClass, c.sql, c.fixed)),
  );
  return {
    ctx,
    keys,
    columns,
    rowHash: md5Int(d, rowText),
    rowText,
    keyHash: md5Int(
      d,
      concatAll(
        d,
        keys.map((k) => element(d, k.typeClass, k.sql, k.fixed)),
      ),
    ),
    keyText: keys.map((k) => canonical(d, k.typeClass, k.sql)),
  };
}

export function keyTuple(h: Hashing): string {
  return h.keys.length === 1 ? (h.keys[0]?.sql ?? '') : `(${h.keys.map((k) => k.sql).join(', ')})`;
}

export function literalTuple(h: Hashing, key: VerifyKey): string {
  const values = h.keys.map((k, i) => keyLiteral(h.ctx.dialect, k.typeClass, key[i] ?? ''));
  return values.length === 1 ? (values[0] ?? '') : `(${values.join(', ')})`;
}

/** ` AND key >= lo AND key < hi`, with row comparisons for a composite key. */
export function rangeSql(h: Hashing, lo: VerifyKey | null, hi: VerifyKey | null): string {
  const k = keyTuple(h);
  return `${lo ? ` AND ${k} >= ${literalTuple(h, lo)}` : ''}${hi ? ` AND ${k} < ${literalTuple(h, hi)}` : ''}`;
}

export function bucketSql(h: Hashing, s: Pick<VerifySegment, 'mod' | 'rem'>): string {
  return s.mod > 1 ? ` AND MOD(${h.keyHash}, ${s.mod}) = ${s.rem}` : '';
}

/** Integer division: PostgreSQL's / on integers, MySQL's DIV. */
export function intDiv(h: Hashing, a: string, b: string): string {
  return h.ctx.dialect === 'postgresql' ? `(${a}) / ${b}` : `(${a}) DIV ${b}`;
}

/** A 64-bit integer literal that stays an integer at the extremes (-9223372036854775808 parses as numeric). */
export function bigintSql(h: Hashing, v: bigint): string {
  return h.ctx.dialect === 'postgresql' ? `'${v}'::bigint` : `CAST('${v}' AS SIGNED)`;
}
