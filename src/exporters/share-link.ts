import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { loadPlanValue, MAX_PLAN_BYTES, tooDeepAt, type LoadResult, type Plan } from '../domain';
import { fromColumns, parseJson, SHARE_DICTIONARY_P1, toColumns, type Json } from './share-columns';
import { SHARE_DICTIONARY_P2 } from './share-dictionary-p2';

/**
 * Each link's tag names the dictionary it was deflated with. New links use the newest; every older
 * tag still opens (its dictionary is kept, frozen), and its plan goes through the upgrade pipeline.
 */
const DICTIONARIES: Readonly<Record<string, Uint8Array>> = {
  'p1.': strToU8(SHARE_DICTIONARY_P1),
  'p2.': strToU8(SHARE_DICTIONARY_P2),
};

/** Chromium refuses URLs over 2 MB; past this the file is the way to share. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;
/** The fragment starts with a version tag so the encoding can change without breaking old links. */
const TAG = 'p2.';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out.push(ALPHABET[(n >> 18) & 63] ?? '', ALPHABET[(n >> 12) & 63] ?? '');
    if (left > 1) out.push(ALPHABET[(n >> 6) & 63] ?? '');
    if (left > 2) out.push(ALPHABET[n & 63] ?? '');
  }
  return out.join('');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    const v = LOOKUP.get(ch);
    if (v === undefined) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o] = (value >> bits) & 255;
      o += 1;
    }
  }
  return out.subarray(0, o);
}

export type ShareEncoding = {
  /** What goes after `#`. */
  fragment: string;
  /** The whole link's length in characters. */
  length: number;
  /** False when the link is too long for a browser: share the file instead. */
  fits: boolean;
};

/**
 * Minified JSON in column form, deflated at the highest level with a preset dictionary, then
 * base64url. The plan lives only in the fragment, which browsers never send to a server.
 */
export function encodeShareFragment(plan: Plan, origin: string, path = '/share'): ShareEncoding {
  const columns = toColumns(parseJson(JSON.stringify(plan)));
  const bytes = deflateSync(strToU8(JSON.stringify(columns)), {
    level: 9,
    mem: 12,
    dictionary: DICTIONARIES[TAG],
  });
  const fragment = `${TAG}${toBase64Url(bytes)}`;
  const length = origin.length + path.length + 1 + fragment.length;
  return { fragment, length, fits: length <= MAX_LINK_CHARS };
}

/** Decodes a fragment (with or without the leading `#`) through the one load pipeline. */
export function decodeShareFragment(raw: string): LoadResult {
  const fragment = raw.startsWith('#') ? raw.slice(1) : raw;
  const fail = (message: string): LoadResult => ({
    ok: false,
    error: { code: 'not-json', message, issues: [] },
  });
  if (fragment === '') return fail('The link has no plan in it (nothing after #).');
  const tag = fragment.slice(0, 3);
  const dictionary = DICTIONARIES[tag];
  if (!dictionary) return fail('The link is not a Migration Workbench share link (unknown format).');
  const bytes = fromBase64Url(fragment.slice(tag.length));
  if (bytes === null) return fail('The link is damaged: it has characters a share link never contains.');
  const inflated = inflateBounded(bytes, MAX_PLAN_BYTES, dictionary);
  if (inflated === 'too-large')
    return fail('The link holds more data than any plan may have; it was not opened.');
  if (inflated === null)
    return fail('The link is damaged or cut short: its data does not decompress. Ask for the link again.');
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return fail('The link is damaged: its data is not text.');
  }
  // fromColumns recurses per level: a crafted link nesting 200,000 deep overflowed the stack.
  if (tooDeepAt(text)) return fail('The link is damaged: its data nests deeper than any plan.');
  let value: Json;
  try {
    value = parseJson(text);
  } catch {
    return fail('The link is damaged: its data is not a plan.');
  }
  // From here on it is the same pipeline as a file: version, upgrades, validation, defaults.
  return loadPlanValue(fromColumns(value));
}

/**
 * Inflates in small input pieces and stops once the output passes `max`, so a crafted link (deflate
 * reaches 1000:1) cannot make the tab allocate gigabytes.
 */
function inflateBounded(
  bytes: Uint8Array,
  max: number,
  dictionary: Uint8Array,
): Uint8Array | null | 'too-large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    total += chunk.length;
    if (total > max) throw new RangeError('too-large');
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    const PIECE = 16 * 1024;
    for (let i = 0; i < bytes.length; i += PIECE) {
      inflater.push(bytes.subarray(i, i + PIECE), i + PIECE >= bytes.length);
    }
  } catch (err) {
    return err instanceof RangeError && err.message === 'too-large' ? 'too-large' : null;
  }
  if (!done) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
