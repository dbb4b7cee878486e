/**
 * HTML text escaping written out on its own, every pass on every text, for tests that hold the
 * exporters' faster code to the plain meaning: bidi controls shown as their code point, then the five
 * characters HTML reads as entities.
 */
export const htmlReference = (text: string): string =>
  text
    .replace(
      /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
    )
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
