import type { Layout, SideSql } from './layout';
import { canonical } from './normalise';
import { str } from './quote';
import { endRow } from './script';
import { hashing } from './sql-hash';

/**
 * For a key that is not one integer column: every `every`-th key in key order on the source, printed with
 * its row number. Those keys bound the chunks on both sides, so a missing or extra row moves no
 * boundary (the checkpoints data-diff splits on). One ordered pass over the key's index.
 */
export function boundaryStatement(ctx: SideSql, layout: Layout, every: number): string {
  const d = ctx.dialect;
  const h = hashing(ctx, layout);
  const keys = h.keys.map((k) => k.sql).join(', ');
  const printed = h.keys.map((k) => canonical(d, k.typeClass, `s.${k.sql}`));
  const select = ["SELECT 'bound' AS kind", `${str(d, ctx.step)} AS step`, 's.rn AS rn', ...printed];
  return (
    `${select.join(', ')}\nFROM (SELECT ${keys}, ROW_NUMBER() OVER (ORDER BY ${keys}) AS rn FROM ${ctx.tableSql} WHERE 1 = 1${ctx.where}) s` +
    `\nWHERE MOD(s.rn, ${every}) = 1 AND s.rn > 1\nUNION ALL ${endRow(d, ctx.step, 1, select.length)};`
  );
}
