import { brotliCompressSync, constants } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';
import { Plan } from '../domain';
import { encodeShareFragment, decodeShareFragment } from '../exporters/share-link';
import { parseJson, SHARE_DICTIONARY_P1, toColumns } from '../exporters/share-columns';
import example from '../../public/examples/orders-bigint.json';
import { sizedPlan } from './exporters-plans';
import { runbookPlan } from './share-plans';
import type { BenchModule } from './run-all';

const ORIGIN = 'http://127.0.0.1:4173';
const TARGET_50KB = 6_700;

/**
 * Share-link length (issue 5: a 50 KB plan in at most about 6,700 characters). Besides the link it
 * prints what Brotli at its best setting would make of the same bytes, to show whether a heavier codec
 * than deflate-with-dictionary would be worth shipping: Brotli is not in the browser's
 * CompressionStream and would be a second WASM download on both ends.
 */
function row(name: string, plan: Plan): string {
  const pretty = JSON.stringify(plan, null, 2).length;
  const t0 = performance.now();
  const link = encodeShareFragment(plan, ORIGIN);
  const encodeMs = performance.now() - t0;
  const t1 = performance.now();
  const back = decodeShareFragment(link.fragment);
  const decodeMs = performance.now() - t1;
  if (!back.ok) throw new Error(`${name}: the link does not decode: ${back.error.message}`);
  const columns = strToU8(JSON.stringify(toColumns(parseJson(JSON.stringify(plan)))));
  const deflated = deflateSync(columns, { level: 9, mem: 12, dictionary: strToU8(SHARE_DICTIONARY_P1) });
  const brotli = brotliCompressSync(columns, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const target = pretty >= 45_000 && pretty <= 55_000 ? (link.length <= TARGET_50KB ? ' ok' : ' OVER') : '';
  return [
    name.padEnd(34),
    `${(pretty / 1024).toFixed(1)} KB`.padStart(9),
    `${link.length.toLocaleString('en')} chars${target}`.padStart(16),
    `${deflated.length}`.padStart(9),
    `${brotli.length}`.padStart(8),
    `${encodeMs.toFixed(1)} / ${decodeMs.toFixed(1)} ms`.padStart(18),
  ].join(' ');
}

export const shareBench: BenchModule = {
  name: 'share link: length per plan (target: a 50 KB plan in about 6,700 characters)',
  run: () =>
    Promise.resolve([
      `${'plan'.padEnd(34)} ${'JSON'.padStart(9)} ${'link'.padStart(16)} ${'deflate'.padStart(9)} ${'brotli'.padStart(8)} ${'encode / decode'.padStart(18)}`,
      row('example (orders bigint)', Plan.parse(example)),
      row('runbook-style, 50 KB', runbookPlan(50_000)),
      row('every word random (harsh), 50 KB', sizedPlan(50_000)),
      row('runbook-style, 200 KB', runbookPlan(200_000)),
      'deflate and brotli columns: bytes before base64url; brotli is quality 11 without the dictionary.',
    ]),
};
