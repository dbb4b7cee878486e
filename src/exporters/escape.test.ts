import { marked, type Token } from 'marked';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, mdBlock, mdFence, mdInline, mermaidBare, mermaidLabel } from './escape';
import { HOSTILE } from './testing/hostile';
import { htmlReference } from './testing/html-reference';

/** Every token type in a Markdown document, depth first. */
export function tokenTypes(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      out.push(token.type);
      const inner = token as { tokens?: Token[]; items?: Token[] };
      if (inner.tokens) walk(inner.tokens);
      if (inner.items) walk(inner.items);
    }
  };
  walk(marked.lexer(markdown));
  return out;
}

const STRUCTURE = new Set([
  'link',
  'image',
  'html',
  'heading',
  'table',
  'list',
  'codespan',
  'code',
  'em',
  'strong',
  'del',
  'blockquote',
  'hr',
]);

describe('Markdown escaping', () => {
  it.each(HOSTILE)('inline text stays one paragraph of plain text: %j', (text) => {
    const types = tokenTypes(`- ${mdInline(text)}`);
    expect(types.filter((t) => STRUCTURE.has(t))).toEqual(['list']);
  });
  it.each(HOSTILE)('block text adds no structure: %j', (text) => {
    expect(tokenTypes(mdBlock(text)).filter((t) => STRUCTURE.has(t))).toEqual([]);
  });
  it('reads back as the same words', () => {
    const html = marked.parseInline(
      mdInline('Error rate > 5%. See www.x.org, id_new = id*2 [a](b)'),
    ) as string;
    expect(html).toBe('Error rate &gt; 5%. See www.x.org, id_new = id*2 [a](b)');
  });
  it('a fence cannot be closed from inside', () => {
    const block = mdFence('a\n````\nb', 'sql');
    const tokens = marked.lexer(block);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ type: 'code', text: 'a\n````\nb' });
  });
});

describe('HTML escaping', () => {
  it.each(HOSTILE)('no tag or attribute survives: %j', (text) => {
    const out = html(text);
    expect(out).not.toMatch(/[<>"']/);
  });
  it('is the plain five-pass escaping, for text with and without anything to escape', () => {
    const char = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom(...'&<>"\'', '\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.boolean(), (parts, plain) => {
        const text = plain
          ? parts.join('').replace(/[&<>"'\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
          : parts.join('');
        expect(html(text)).toBe(htmlReference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Mermaid escaping', () => {
  it.each(HOSTILE)('labels hold no ASCII mark Mermaid reads: %j', (text) => {
    const label = mermaidLabel(text, 1000);
    expect(label.replace(/[^ -~]/g, '')).toMatch(/^[A-Za-z0-9 ,.\-_?!'/():]*$/);
    expect(label).not.toContain('%%');
    expect(label).not.toMatch(/["[\]{}<>`\n]/);
  });
  it.each(HOSTILE)('bare text has no Mermaid syntax at all: %j', (text) => {
    expect(mermaidBare(text, 1000)).toMatch(/^[\p{L}\p{N} .,\-_?!'/()]*$/u);
  });
  it('cuts long labels', () => {
    expect(mermaidLabel('x'.repeat(500), 80)).toBe(`${'x'.repeat(79)}…`);
  });
  it('keeps the words readable', () => {
    expect(mermaidLabel('"a" <b> #1; 50% & c:d [e] {f}')).toBe('”a” ‹b› ＃1； 50％ ＆ c:d ［e］ ｛f｝');
  });
});
