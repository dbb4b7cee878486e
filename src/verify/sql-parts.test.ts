import { describe, expect, it } from 'vitest';
import type { VerifySession } from '../domain';
import { checksumPlan, LIMITS, rowsPerChunk } from './plan-round';
import { keyLiteral, parseTableName, str } from './quote';
import { whereProblem } from './script';
import { layoutOf } from './layout';
import { foreignKeyFromCheck } from './sql-orphans';
import { rangeText } from './summary';
import { sessionOn } from './testing/session';

const facts = (rows: number, keyMin: string, keyMax: string) => ({
  columns: [
    { name: 'id', dataType: 'bigint', typeClass: 'integer' as const },
    { name: 'Email', dataType: 'text', typeClass: 'text' as const },
  ],
  primaryKey: ['id'],
  foreignKeys: [],
  rows,
  keyMin,
  keyMax,
});

function session(rows: number, min = '1', max = String(rows)): VerifySession {
  const s = sessionOn(
    { dialect: 'postgresql', table: 'orders' },
    { dialect: 'mysql', table: 'orders' },
    new Date('2026-12-09T00:00:00.000Z'),
  );
  const email = { name: 'email', dataType: 'varchar', typeClass: 'text' as const };
  const source = facts(rows, min, max);
  return { ...s, source, target: { ...source, columns: [source.columns[0]!, email] } };
}

describe('chunk sizes', () => {
  it('keeps 1,000 rows a chunk up to 1M rows, then 1,000 chunks, then at most 1M rows a chunk', () => {
    expect([
      rowsPerChunk(0),
      rowsPerChunk(5_000),
      rowsPerChunk(1_000_000),
      rowsPerChunk(400_000_000),
    ]).toEqual([1_000, 1_000, 1_000, 400_000]);
    expect(rowsPerChunk(10_000_000_000)).toBe(LIMITS.maxChunkRows);
  });

  it('cuts a dense integer key into equal ranges, one statement a million rows', () => {
    const s = session(1_000_000);
    const layout = layoutOf(s);
    if ('error' in layout) throw new Error(layout.error);
    const plan = checksumPlan(s, layout);
    expect(plan.segments).toHaveLength(1_000);
    expect(plan.segments[0]).toMatchObject({ lo: null, hi: ['1001'] });
    expect(plan.segments[999]).toMatchObject({ lo: ['999001'], hi: null });
    expect(plan.groups).toHaveLength(1);
    const big = session(400_000_000);
    const l2 = layoutOf(big);
    if ('error' in l2) throw new Error(l2.error);
    const p2 = checksumPlan(big, l2);
    expect([p2.segments.length, p2.groups.length]).toEqual([1_000, 500]);
  });

  it('matches columns by name whatever their case and compares them in one order', () => {
    const layout = layoutOf(session(10));
    if ('error' in layout) throw new Error(layout.error);
    expect(layout.columns.map((c) => [c.source.name, c.target.name])).toEqual([
      ['Email', 'email'],
      ['id', 'id'],
    ]);
    expect(layout.integerKey).toBe(true);
  });
});

describe('names, literals and filters', () => {
  it('splits schema-qualified and quoted table names', () => {
    expect(parseTableName('public.orders')).toEqual({ schema: 'public', name: 'orders' });
    expect(parseTableName('"my.schema"."Order ""x"""')).toEqual({ schema: 'my.schema', name: 'Order "x"' });
    expect(parseTableName('`shop`.orders')).toEqual({ schema: 'shop', name: 'orders' });
    expect(parseTableName('a.b.c')).toEqual({ error: 'Use table or schema.table, not a.b.c.' });
    expect(parseTableName('orders.')).toEqual({ error: 'The table name orders. ends with a dot.' });
  });

  it('escapes literals per dialect and refuses a key that is not what its class says', () => {
    expect(str('postgresql', "it's \\")).toBe("'it''s \\'");
    expect(str('mysql', "it's \\")).toBe("'it''s \\\\'");
    expect(keyLiteral('mysql', 'binary', 'ff00')).toBe("X'ff00'");
    expect(() => keyLiteral('postgresql', 'integer', '1; DROP TABLE x')).toThrow(/not an integer key/);
  });

  it('lets a filter be one expression only', () => {
    expect(whereProblem("tenant_id = 7 AND note <> 'a;b'")).toBeNull();
    expect(whereProblem('1=1; DROP TABLE orders')).toMatch(/semicolon/);
    expect(whereProblem('1=1 -- x')).toMatch(/comments/);
    expect(whereProblem("name = 'x")).toMatch(/unclosed '/);
    expect(whereProblem('(a = 1')).toMatch(/parenthesis open/);
  });

  it("reads a foreign key from a check's words", () => {
    expect(foreignKeyFromCheck('order_items.order_id -> orders.id', 'public.order_items')).toEqual({
      name: 'order_items.order_id -> orders.id',
      columns: ['order_id'],
      parentTable: 'orders',
      parentColumns: ['id'],
    });
    expect(foreignKeyFromCheck('orders (id, id_new)', 'orders')).toBeNull();
  });

  it('says a range in words', () => {
    expect(rangeText(['id'], { lo: ['10'], hi: ['20'], mod: 1, rem: 0 })).toBe('id >= 10 and id < 20');
    expect(rangeText(['a', 'b'], { lo: null, hi: null, mod: 16, rem: 3 })).toBe(
      'every key, key-hash bucket 3 of 16',
    );
  });
});
