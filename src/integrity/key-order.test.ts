import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyOrder, inKeyOrder, observeKey } from './key-order';
import { compareKeys as reference } from './testing/key-order-reference';

const enc = new TextEncoder();

function watch(keys: string[]) {
  const order = createKeyOrder();
  // Each key in a buffer of its own, at an offset, as the scanner hands them out.
  for (const k of keys) {
    const bytes = enc.encode(`xx${k}yy`);
    observeKey(order, bytes, 2, bytes.length - 2);
  }
  return order;
}

describe('the key order watch', () => {
  it('takes integer keys in numeric order, as ORDER BY writes them, and text by bytes', () => {
    expect(watch(['1', '2', '9', '10', '11', '100']).ascending).toBe(true);
    expect(watch(['100', '11', '10', '9']).descending).toBe(true);
    expect(watch(['1', '10', '2']).ascending).toBe(false);
    expect(watch(['9', '10', 'a', 'ab', 'b', 'é']).ascending).toBe(true);
    expect(watch(['007', '7']).ascending).toBe(false); // same length rule: "007" is longer, so after "7"
    expect(watch(['7', '007']).ascending).toBe(true);
  });

  it('is never strictly in order with a key twice, so "in order" proves the keys distinct', () => {
    expect(inKeyOrder(watch(['1', '2', '2', '3']))).toBe(false);
    expect(inKeyOrder(watch(['c', 'b', 'b']))).toBe(false);
    expect(inKeyOrder(watch(['', '']))).toBe(false);
  });

  it('agrees with the plain definition for any keys', () => {
    const keyArb = fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 5000 }).map(String), fc.constant(''));
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 30 }), fc.boolean(), (keys, sort) => {
        const list = sort ? [...keys].sort(reference) : keys;
        const pairs = list.slice(1).map((k, i) => reference(k, list[i]!));
        const order = watch(list);
        expect(order.ascending).toBe(pairs.every((c) => c > 0));
        expect(order.descending).toBe(pairs.every((c) => c < 0));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps watching keys longer than its first buffer', () => {
    const long = (c: string) => c.repeat(200);
    expect(watch([long('a'), long('b'), long('c')]).ascending).toBe(true);
    expect(watch([long('b'), `${long('a')}z`]).ascending).toBe(false);
  });
});
