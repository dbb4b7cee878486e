/**
 * Numbers as people type them into a migration plan: "180M" rows, "1.2B", "30k" rows a second,
 * "180 GB", "1.5 TiB". A value is read exactly as written or refused with a sentence that says why;
 * it is never silently read as another number (a browser's number box turns "180M" into 180).
 *
 * - `count`: a whole number of things (rows, batches); K, M, B (or bn), T scale by 10^3..10^12.
 * - `rate`: like a count but fractions are fine (rows per second, minutes).
 * - `bytes`: a size; B, KB, MB, GB, TB, PB are powers of 1000 and KiB, MiB, GiB, TiB, PiB powers of
 *   1024, as the units say; a bare number is bytes.
 */
export type QuantityKind = 'count' | 'rate' | 'bytes';

export type QuantityResult = { ok: true; value: number } | { ok: false; message: string };

const COUNT_SUFFIXES: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
};

const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
  pib: 2 ** 50,
};

const COUNT_HELP = 'use digits, optionally with K, M, B or T (thousand, million, billion, trillion)';
const BYTES_HELP = 'use a number with B, KB, MB, GB, TB or KiB, MiB, GiB, TiB';

/** Digits with optional group separators and decimals, or scientific notation, then a unit. */
const SHAPE = /^([+-]?(?:\d(?:[\d,_'\u00a0\u202f ]*\d)?)?(?:\.\d+)?(?:e[+-]?\d+)?)\s*([a-z]*)$/i;

export function parseQuantity(text: string, kind: QuantityKind): QuantityResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  const match = SHAPE.exec(trimmed);
  const digits = match?.[1]?.replace(/[,_'\u00a0\u202f ]/g, '') ?? '';
  const unit = (match?.[2] ?? '').toLowerCase();
  const help = kind === 'bytes' ? BYTES_HELP : COUNT_HELP;
  if (!match || digits === '' || digits === '+' || digits === '-')
    return { ok: false, message: `“${clip(trimmed)}” is not a number: ${help}.` };
  if (!wellGrouped(match[1] ?? ''))
    return {
      ok: false,
      message: `“${clip(trimmed)}”: separate thousands in groups of three and use a dot for decimals (1,200,000.5).`,
    };
  const scale = kind === 'bytes' ? BYTE_UNITS[unit] : COUNT_SUFFIXES[unit];
  if (scale === undefined) {
    const sizeInCount = kind !== 'bytes' && BYTE_UNITS[unit] !== undefined;
    return {
      ok: false,
      message: sizeInCount
        ? `“${clip(trimmed)}” is a size; this field counts, so ${COUNT_HELP}.`
        : `“${unit}” is not a unit here: ${help}.`,
    };
  }
  const base = Number(digits);
  if (!Number.isFinite(base)) return { ok: false, message: `“${clip(trimmed)}” is too large a number.` };
  if (base < 0) return { ok: false, message: 'Cannot be negative.' };
  const value = scaled(base, digits, scale);
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER)
    return { ok: false, message: `“${clip(trimmed)}” is too large: at most about 9 quadrillion.` };
  if (kind === 'count' && !Number.isInteger(value))
    return { ok: false, message: `“${clip(trimmed)}” is ${value}: a count must be a whole number.` };
  return { ok: true, value };
}

/**
 * 1.2 × 1e9 in floating point is 1200000000.0000002; the decimal digits times a power of ten are
 * exact, so the value is worked out from them where the scale is one.
 */
function scaled(base: number, digits: string, scale: number): number {
  const exponent = Math.log10(scale);
  if (!Number.isInteger(exponent) || /e/i.test(digits)) return base * scale;
  return Number(`${digits}e${exponent}`);
}

/**
 * "1,5" must not become 15: separators are read as thousands separators only where every group after
 * the first has three digits.
 */
function wellGrouped(number: string): boolean {
  const whole = number.replace(/^[+-]/, '').split(/[.e]/i)[0] ?? '';
  const groups = whole.split(/[,_'\u00a0\u202f ]/);
  if (groups.length === 1) return true;
  const [first, ...rest] = groups;
  return (first ?? '').length >= 1 && (first ?? '').length <= 3 && rest.every((g) => /^\d{3}$/.test(g));
}

const clip = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

/**
 * For react-hook-form's `setValueAs`: an empty box is "not known yet" (null, never zero), a readable
 * quantity its number, anything else the text itself, which the form's number schema refuses; its
 * message comes from `quantityError`, so it says what is wrong with what was typed.
 */
export const quantityOrNull =
  (kind: QuantityKind) =>
  (value: unknown): number | null => {
    if (value === '' || value === null || value === undefined) return null;
    if (typeof value === 'number') return value;
    // An input's value is a string; anything else goes on to the schema, which refuses it.
    if (typeof value !== 'string') return Number.NaN;
    const parsed = parseQuantity(value, kind);
    // Typed as a number for the form's value type; the text goes on to the schema to be refused.
    return parsed.ok ? parsed.value : (value as unknown as number);
  };

/** zod's `error` for a number field fed by quantityOrNull: why the typed text is not a number. */
export const quantityError =
  (kind: QuantityKind, fallback: string) =>
  (issue: { input?: unknown }): string => {
    if (typeof issue.input !== 'string') return fallback;
    const parsed = parseQuantity(issue.input, kind);
    return parsed.ok ? fallback : parsed.message;
  };
