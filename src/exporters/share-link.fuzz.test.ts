import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Plan, type LoadResult } from '../domain';
import { plan as planArb } from '../engine/testing/plan-arbitrary';
import example from '../../public/examples/orders-bigint.json';
import { SHARE_DICTIONARY_P1 } from './share-columns';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './share-link';

const ORIGIN = 'http://127.0.0.1:4173';
const DICTIONARY = strToU8(SHARE_DICTIONARY_P1);
const GOOD = encodeShareFragment(Plan.parse(example), ORIGIN).fragment;
const GOOD_BYTES = fromBase64Url(GOOD.slice(3))!;

/** A decode never throws; a refusal is a sentence; an accepted link is a valid plan (it went through the pipeline). */
function decode(fragment: string): LoadResult {
  const result = decodeShareFragment(fragment);
  if (result.ok) expect(Plan.safeParse(result.plan).success).toBe(true);
  else {
    expect(result.error.message).toMatch(/link|plan/i);
    expect(result.error.message.length).toBeGreaterThan(15);
  }
  return result;
}

const link = (json: string) =>
  `p1.${toBase64Url(deflateSync(strToU8(json), { level: 1, dictionary: DICTIONARY }))}`;

describe('share-link decoder fuzzing', () => {
  it('never throws on arbitrary fragments', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `#p1.${s}`),
      fc
        .string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
          maxLength: 400,
        })
        .map((s) => `p1.${s}`),
      fc.uint8Array({ maxLength: 400 }).map((b) => `p1.${toBase64Url(b)}`),
    );
    fc.assert(
      fc.property(fragment, (f) => {
        decode(f);
      }),
      { numRuns: 1_500 },
    );
  });

  it('a truncated valid link is refused or still a valid plan, never a throw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GOOD.length }), (cut) => {
        const result = decode(GOOD.slice(0, cut));
        if (cut < GOOD.length - 4) expect(result.ok).toBe(false);
      }),
      { numRuns: 800 },
    );
  });

  it('bit flips in a valid link are refused or decode to a valid plan', () => {
    const flips = fc.array(fc.tuple(fc.nat({ max: GOOD_BYTES.length - 1 }), fc.nat({ max: 7 })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(flips, (list) => {
        const bytes = GOOD_BYTES.slice();
        for (const [at, bit] of list) bytes[at] = bytes[at]! ^ (1 << bit);
        decode(`p1.${toBase64Url(bytes)}`);
      }),
      { numRuns: 1_500 },
    );
  });

  it('validly compressed hostile JSON goes through the plan pipeline and never throws', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      // Column-form markers with mismatched lengths and prototype keys, as a crafted link would carry.
      fc.record({ '~': fc.array(fc.constantFrom('__proto__', 'constructor', 'id', 'x')), r: fc.jsonValue() }),
      planArb.map((p) => JSON.parse(JSON.stringify({ ...p, __proto__: 'x' })) as unknown),
    );
    fc.assert(
      fc.property(value, (v) => {
        decode(link(JSON.stringify(v) ?? 'null'));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('refuses decompression bombs and deep nesting without inflating past the limit or throwing', () => {
    const bombs = [
      // A plan whose summary is 26 MB: valid JSON past the limit (share-link.test has a bomb of spaces).
      link(`{"kind":"migration-plan","summary":"${'a'.repeat(26 * 1024 * 1024)}"}`),
      // 1 MB of open brackets: a short link that overflowed the stack in the column decoder.
      link('['.repeat(1024 * 1024)),
      link(`{"kind":"migration-plan","formatVersion":1,"x":${'{"~":'.repeat(5_000)}1${'}'.repeat(5_000)}}`),
    ];
    for (const bomb of bombs) {
      expect(bomb.length).toBeLessThan(200_000);
      const result = decode(bomb);
      expect(result.ok).toBe(false);
    }
  });
});
