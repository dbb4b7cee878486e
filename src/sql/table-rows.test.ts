import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIdentifier } from './table-rows';

/** The definition, a character at a time: what the one-match version must keep meaning. */
function byCharacter(name: string): string {
  let out = '';
  for (const ch of name.trim()) {
    if (!(ch === '_' || ch === '$' || ch === '.' || /\p{L}|\p{N}/u.test(ch))) break;
    out += ch;
  }
  return out.replace(/\.+$/u, '').toLowerCase();
}

describe('firstIdentifier', () => {
  it('reads names in any script, with digits, dots, _ and $, up to the first other character', () => {
    expect(firstIdentifier('  Ünïcode_表2.$x (main)')).toBe('ünïcode_表2.$x');
    expect(firstIdentifier('orders... table')).toBe('orders');
    expect(firstIdentifier('(orders)')).toBe('');
    expect(firstIdentifier('𝒳tables')).toBe('𝒳tables');
  });

  it('agrees with the character-by-character definition on any text', () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'Z', 'é', '表', '𝒳', '7', '٣', '_', '$', '.', ' ', '(', '-', '\u200f', '\t'),
    });
    fc.assert(
      fc.property(
        fc.oneof(name, fc.string({ unit: 'grapheme' })),
        (s) => firstIdentifier(s) === byCharacter(s),
      ),
      { numRuns: 2000 },
    );
  });
});
