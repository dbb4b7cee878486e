/**
 * key-order.ts's order, written out plainly for the tests to hold the order watch (and the kernel's copy of
 * it) to: keys made only of digits come first, as numbers; the rest by UTF-8 bytes, a prefix first.
 */
const enc = new TextEncoder();

export function compareKeys(a: string, b: string): number {
  const digits = (s: string) => /^[0-9]+$/.test(s);
  if (digits(a) !== digits(b)) return digits(a) ? -1 : 1;
  if (digits(a) && a.length !== b.length) return a.length - b.length;
  const x = enc.encode(a);
  const y = enc.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
