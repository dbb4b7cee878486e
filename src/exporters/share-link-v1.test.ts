import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { SHARE_DICTIONARY_P1, toColumns, type Json } from './share-columns';
import { decodeShareFragment, toBase64Url } from './share-link';

const v1Text = readFileSync(new URL('../domain/fixtures/plan-v1.json', import.meta.url), 'utf8');

/** A share link made by a format-1 build: the same p1 codec, over the v1 document as it was. */
function v1Link(doc: Json): string {
  const bytes = deflateSync(strToU8(JSON.stringify(toColumns(doc))), {
    level: 9,
    mem: 12,
    dictionary: strToU8(SHARE_DICTIONARY_P1),
  });
  return `#p1.${toBase64Url(bytes)}`;
}

describe('share links made before format 2', () => {
  it('open through the upgrade, exactly as the same plan file does', () => {
    const decoded = decodeShareFragment(v1Link(JSON.parse(v1Text) as Json));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.upgradedFrom).toBe(1);
    expect(decoded.plan.assessment.rollout.trafficSplit).toBe('yes');
    const file = loadPlanText(v1Text);
    expect(file.ok && decoded.plan).toEqual(file.ok && file.plan);
  });
});
