import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseQuantity, quantityError, quantityOrNull } from './quantity';

const value = (text: string, kind: Parameters<typeof parseQuantity>[1]) => {
  const r = parseQuantity(text, kind);
  return r.ok ? r.value : r.message;
};

describe('parseQuantity', () => {
  it('reads counts as people write them', () => {
    expect(value('180M', 'count')).toBe(180_000_000);
    expect(value('1.2B', 'count')).toBe(1_200_000_000);
    expect(value('1.2 bn', 'count')).toBe(1_200_000_000);
    expect(value('400,000,000', 'count')).toBe(400_000_000);
    expect(value('400_000', 'count')).toBe(400_000);
    expect(value('30k', 'count')).toBe(30_000);
    expect(value('2T', 'count')).toBe(2_000_000_000_000);
    expect(value('1e6', 'count')).toBe(1_000_000);
    expect(value(' 42 ', 'count')).toBe(42);
  });

  it('reads sizes in the unit they name: powers of 1000 or of 1024', () => {
    expect(value('180 GB', 'bytes')).toBe(180e9);
    expect(value('1.5 TiB', 'bytes')).toBe(1.5 * 2 ** 40);
    expect(value('512', 'bytes')).toBe(512);
    expect(value('4KiB', 'bytes')).toBe(4096);
    expect(value('12B', 'bytes')).toBe(12);
  });

  it('refuses what it cannot read exactly, saying why, and never reads another number', () => {
    expect(value('180X', 'count')).toMatch(/“x” is not a unit here: use digits/);
    expect(value('abc', 'count')).toMatch(/is not a number/);
    expect(value('180 GB', 'count')).toMatch(/is a size; this field counts/);
    expect(value('1,5', 'count')).toMatch(/groups of three and use a dot/);
    expect(value('1.5', 'count')).toMatch(/a count must be a whole number/);
    expect(value('1.2345K', 'count')).toMatch(/whole number/);
    expect(value('-5', 'count')).toBe('Cannot be negative.');
    expect(value('1e300', 'count')).toMatch(/too large/);
    expect(value('', 'count')).toBe('Enter a number.');
    expect(value('180M', 'bytes')).toMatch(/not a unit here: use a number with B, KB/);
  });

  it('keeps fractions where they mean something', () => {
    expect(value('2.5k', 'rate')).toBe(2500);
    expect(value('0.5', 'rate')).toBe(0.5);
  });

  it('gives react-hook-form null for an empty box, and the text it cannot read for the schema to refuse', () => {
    const asCount = quantityOrNull('count');
    expect(asCount('')).toBeNull();
    expect(asCount('180M')).toBe(180_000_000);
    expect(asCount('180X')).toBe('180X');
    expect(asCount(7)).toBe(7);
    const schema = z.number({ error: quantityError('count', 'Rows must be a number.') }).nullable();
    expect(schema.safeParse(asCount('180X')).error?.issues[0]?.message).toMatch(/“x” is not a unit here/);
    expect(schema.safeParse(asCount('12,5')).error?.issues[0]?.message).toMatch(/groups of three/);
  });
});
