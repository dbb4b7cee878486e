import { describe, expect, it } from 'vitest';
import { mdProse } from './md-prose';
import { HOSTILE } from './testing/hostile';

describe('prose as Markdown, as the person wrote it', () => {
  it('keeps lists as lists and line breaks as line breaks', () => {
    const text =
      'Use a canary deployment.\nWhy:\n- DC-02: zero downtime\n- DC-04: large table\n\nThen:\n1. expand\n2. contract';
    expect(mdProse(text)).toBe(
      [
        'Use a canary deployment.\\',
        'Why:',
        '',
        '- DC\\-02: zero downtime',
        '- DC\\-04: large table',
        '',
        'Then:',
        '',
        '1. expand',
        '2. contract',
      ].join('\n'),
    );
  });

  it('nests indented items one level at a time, and separates a paragraph after a list', () => {
    expect(mdProse('- a\n  - b\n        - c\nafter')).toBe('- a\n    - b\n        - c\n\nafter');
    expect(mdProse('- a\n        - too deep')).toBe('- a\n    - too deep');
  });

  it('reads CR LF and • bullets, and drops blank runs', () => {
    expect(mdProse('• one\r\n• two\r\n\r\n\r\n\r\nend')).toBe('- one\n- two\n\nend');
  });

  it('opens no other structure: headings, tables, HTML, links stay text', () => {
    const out = mdProse('# not a heading\n| a | b |\n<script>x</script>\n[l](http://x)\n- [x](javascript:y)');
    // Escaped, each mark reads as itself: a backslash before it.
    expect(out).not.toMatch(/^#|^\||(^|[^\\])(<script|\]\(|\[x\])/m);
  });

  it.each(HOSTILE)('hostile text opens no structure: %j', (text) => {
    for (const line of mdProse(text).split('\n'))
      expect(line).not.toMatch(/^(#|>|\||```|~~~|<|\s{4,}[^-\d\s])/);
  });
});
