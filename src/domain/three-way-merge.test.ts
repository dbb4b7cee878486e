import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, mergeThreeWay } from './three-way-merge';

const json = fc.jsonValue({ maxDepth: 3 });
const paths = (r: ReturnType<typeof mergeThreeWay>) => r.conflicts.map((c) => c.path).sort();

describe('mergeThreeWay: laws', () => {
  it('one side unchanged: the other side wins whole, without a conflict', () => {
    fc.assert(
      fc.property(json, json, (base, edited) => {
        const theirs = mergeThreeWay(base, base, edited);
        const mine = mergeThreeWay(base, edited, base);
        expect(deepEqual(theirs.merged, edited) && deepEqual(mine.merged, edited)).toBe(true);
        expect(theirs.conflicts.length + mine.conflicts.length).toBe(0);
      }),
    );
  });

  it('both sides made the same edit: kept once, without a conflict', () => {
    fc.assert(
      fc.property(json, json, (base, edited) => {
        const r = mergeThreeWay(base, edited, edited);
        expect(deepEqual(r.merged, edited)).toBe(true);
        expect(r.conflicts).toEqual([]);
      }),
    );
  });

  it('finds the same conflicts whichever side merges, and each one shows both differing values', () => {
    fc.assert(
      fc.property(json, json, json, (base, a, b) => {
        const ab = mergeThreeWay(base, a, b);
        expect(paths(ab)).toEqual(paths(mergeThreeWay(base, b, a)));
        for (const c of ab.conflicts) expect(deepEqual(c.mine, c.theirs)).toBe(false);
      }),
    );
  });

  it('edits to different fields of a record all survive', () => {
    const doc = fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { minKeys: 2 });
    fc.assert(
      fc.property(doc, fc.string(), fc.string(), (base, x, y) => {
        const [k1, k2] = Object.keys(base) as [string, string];
        const mine = { ...base, [k1]: `${x}!` };
        const theirs = { ...base, [k2]: `${y}?` };
        const r = mergeThreeWay(base, mine, theirs);
        expect(r.conflicts).toEqual([]);
        expect(r.merged).toEqual({ ...base, [k1]: `${x}!`, [k2]: `${y}?` });
      }),
    );
  });

  it('choosing a side for every conflict gives that side wherever the two disagree', () => {
    const doc = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(1, 2, 3));
    fc.assert(
      fc.property(doc, doc, doc, (base, mine, theirs) => {
        const first = mergeThreeWay(base, mine, theirs);
        const all = new Map(first.conflicts.map((c) => [c.path, 'theirs' as const]));
        const r = mergeThreeWay(base, mine, theirs, all);
        for (const c of first.conflicts) {
          const got = (r.merged as Record<string, unknown>)[c.path];
          expect(got).toEqual(c.theirs);
        }
      }),
    );
  });
});

describe('mergeThreeWay: lists', () => {
  /** An entry of a list merged by id, with one value that sides edit. */
  const item = (id: string, v: number) => ({ id, v });
  const base = { items: [item('a', 1), item('b', 1), item('c', 1)] };

  it('merges items by id: an edit, a removal and additions on both sides, in place', () => {
    const mine = { items: [item('a', 2), item('b', 1), item('m', 0), item('c', 1)] };
    const theirs = { items: [item('a', 1), item('c', 1), item('t', 0)] };
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ items: [item('a', 2), item('m', 0), item('c', 1), item('t', 0)] });
  });

  it('calls a removal against an edit of the same item a conflict, naming the item', () => {
    const mine = { items: [item('a', 1), item('c', 1)] };
    const theirs = { items: [item('a', 1), { ...item('b', 5), name: 'orders' }, item('c', 1)] };
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.conflicts).toMatchObject([{ path: 'items[id=b]', mine: undefined, theirs: { id: 'b', v: 5 } }]);
    expect(r.conflicts[0]?.segments.at(-1)).toEqual({ kind: 'item', id: 'b', name: 'orders' });
    expect(mergeThreeWay(base, mine, theirs, new Map([['items[id=b]', 'theirs']])).merged).toEqual(theirs);
  });

  it('keeps both sides’ appended entries of a log, in time order', () => {
    const log = [{ at: '1', line: 'x' }];
    const r = mergeThreeWay(
      { log },
      { log: [...log, { at: '3', line: 'mine' }] },
      { log: [...log, { at: '2', line: 'theirs' }, { at: '4', line: 'theirs later' }] },
    );
    expect(r.conflicts).toEqual([]);
    expect((r.merged as { log: { line: string }[] }).log.map((e) => e.line)).toEqual([
      'x',
      'theirs',
      'mine',
      'theirs later',
    ]);
  });

  it('merges a plain list as a bag of values: both removals, both additions, repeats counted', () => {
    expect(mergeThreeWay({ l: ['a', 'b'] }, { l: ['b'] }, { l: ['a'] })).toMatchObject({
      merged: { l: [] },
      conflicts: [],
    });
    // One side changed "x" to "y", the other to "z": both versions stay, nothing is dropped.
    expect(mergeThreeWay(['x', 'x'], ['x', 'y'], ['z', 'x']).merged).toEqual(['z', 'x', 'y']);
  });
});
