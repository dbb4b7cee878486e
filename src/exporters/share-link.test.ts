import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlanText, Plan } from '../domain';
import { plan as planArb } from '../engine/testing/plan-arbitrary';
import example from '../../public/examples/orders-bigint.json';
import { sizedPlan } from '../bench/exporters-plans';
import { runbookPlan } from '../bench/share-plans';
import { exportPlanJson } from './plan-json';
import { fromColumns, SHARE_DICTIONARY_P1, toColumns, type Json } from './share-columns';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './share-link';
import { HOSTILE, planWithText } from './testing/hostile';

const ORIGIN = 'http://127.0.0.1:4173';

describe('share link', () => {
  it('round-trips generated plans (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const decoded = decodeShareFragment(encodeShareFragment(plan, ORIGIN).fragment);
        expect(decoded.ok && decoded.plan).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
  it('round-trips hostile text', () => {
    for (const text of HOSTILE) {
      const plan = planWithText(text);
      const decoded = decodeShareFragment(`#${encodeShareFragment(plan, ORIGIN).fragment}`);
      expect(decoded.ok && decoded.plan).toEqual(plan);
    }
  });
  it('is short: the example plan fits in about 3 KB, a 50 KB plan well under 10 KB', () => {
    expect(encodeShareFragment(Plan.parse(example), ORIGIN).length).toBeLessThan(3_500);
    const big = sizedPlan(50_000);
    expect(exportPlanJson(big).length).toBeGreaterThanOrEqual(50_000);
    const link = encodeShareFragment(big, ORIGIN);
    expect(link.length).toBeLessThan(9_000);
    expect(link.fits).toBe(true);
  });
  it('meets the issue target: a 50 KB runbook-style plan makes a link of at most 6,700 characters', () => {
    const plan = runbookPlan(50_000);
    expect(exportPlanJson(plan).length).toBeGreaterThanOrEqual(50_000);
    expect(encodeShareFragment(plan, ORIGIN).length).toBeLessThanOrEqual(6_700);
  });
  it('explains damaged links instead of throwing', () => {
    const good = encodeShareFragment(Plan.parse(example), ORIGIN).fragment;
    for (const bad of [
      '',
      'p1.',
      'x',
      'p2.abc',
      'p1.***',
      good.slice(0, good.length / 2),
      `${good.slice(0, -8)}AAAAAAAA`,
    ]) {
      const result = decodeShareFragment(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
  it('refuses a decompression bomb', () => {
    // 30 MB of spaces deflate to about 30 KB: a short link that would inflate past any plan's size.
    const bytes = deflateSync(new Uint8Array(30 * 1024 * 1024).fill(32), {
      level: 9,
      dictionary: strToU8(SHARE_DICTIONARY_P1),
    });
    const result = decodeShareFragment(`p1.${toBase64Url(bytes)}`);
    expect(result.ok || result.error.message).toMatch(/more data than any plan/);
  });
});

describe('codec pieces', () => {
  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
  it('column form round-trips JSON that does not use its marker key (plans never do)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"~"')),
        (value) => {
          const json = JSON.parse(JSON.stringify(value)) as Json;
          expect(fromColumns(toColumns(json))).toEqual(json);
        },
      ),
    );
  });
});

describe('plan JSON', () => {
  it('export then import gives the same plan (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const loaded = loadPlanText(exportPlanJson(plan));
        expect(loaded.ok && loaded.plan).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});
