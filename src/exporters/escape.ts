/**
 * Escaping for every place plan text goes. Plan text is typed or imported by anyone (a share link is
 * a stranger's plan), so each target gets text that can never change its structure.
 */

/**
 * Bidirectional controls (embeddings, overrides, isolates and marks) reorder the text around them on screen,
 * so a label or a SQL line can read differently from what it holds ("Trojan Source"). Every export and
 * diagram shows them as their code point instead, e.g. `<U+202E>`.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Unicode's short names, for text that may hold letters only (Mermaid's unquoted gantt labels). */
const BIDI_NAMES: Record<string, string> = {
  '\u061c': 'ALM',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

/** Each bidi control as its code point, `<U+202E>`, or as `shown` makes it from the code point and name. */
export const revealBidi = (
  text: string,
  shown: (code: string, name: string) => string = (code) => `<${code}>`,
): string => text.replace(BIDI_CONTROLS, (ch) => shown(codePoint(ch), BIDI_NAMES[ch] ?? 'BIDI'));

/** JSON whose bidirectional controls are written as \u escapes: the same data, but visible in any editor. */
export const jsonText = (value: unknown, indent = 2): string =>
  (JSON.stringify(value, null, indent) ?? 'null').replace(
    BIDI_CONTROLS,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );

/** Whitespace of any kind, including line and paragraph separators, becomes one space. */
export const oneLine = (text: string): string =>
  text
    .replace(/[\s\u2028\u2029\u0085]+/g, ' ')
    // Control characters have no business in one line of prose.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();

/**
 * Markdown inline text. Every character that can open structure is backslash-escaped: emphasis,
 * code, links and images, HTML and entities, headings, lists, tables, block quotes, setext
 * underlines, strike-through, GitHub math ($) and footnotes. `.` and `:` are escaped where they could
 * start an ordered list or a GFM autolink (www.x, http://, a@b.c), and left alone at the end of a
 * sentence so the raw file stays readable.
 */
const MD_SPECIAL = new Set([...'\\`*_{}[]()#+-!|<>~=&@$^']);

export function mdInline(text: string): string {
  const flat = oneLine(revealBidi(text));
  let out = '';
  for (let i = 0; i < flat.length; i += 1) {
    const ch = flat.charAt(i);
    const next = flat.charAt(i + 1);
    if (MD_SPECIAL.has(ch)) out += `\\${ch}`;
    else if ((ch === '.' || ch === ':') && next !== '' && next !== ' ') out += `\\${ch}`;
    else if (ch === '.' && /[0-9]/.test(flat.charAt(i - 1))) out += '\\.';
    else out += ch;
  }
  return out;
}

/** Multi-line text as Markdown paragraphs: each line escaped as inline text, blank lines kept. */
export function mdBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => mdInline(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it. */
export function mdFence(content: string, info = '', indent = ''): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = revealBidi(content)
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  return `${indent}${fence}${info}\n${body}\n${indent}${fence}`;
}

/**
 * What `html` changes. Most plan text holds none of it and is returned as it is: six passes over each of
 * the 50,000 cells of a 10,000-component review were a third of the time the document took to build.
 */
const HTML_CHANGES = new RegExp(`[&<>"']|${BIDI_CONTROLS.source}`);

/** Text for HTML element content and quoted attribute values. */
export function html(text: string): string {
  if (!HTML_CHANGES.test(text)) return text;
  return revealBidi(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Look-alikes for ASCII marks that mean something to Mermaid; the rest map to fullwidth forms. */
const LOOK_ALIKE: Record<string, string> = {
  '"': '”',
  '<': '‹',
  '>': '›',
  '#': '＃',
  ';': '；',
  '%': '％',
  '&': '＆',
};

/**
 * A Mermaid label, to be written inside double quotes: `["..."]`. Every ASCII mark that Mermaid or
 * HTML reads (quotes, brackets, `#35;` entity codes, `%%{init}%%` directives, which Mermaid matches
 * anywhere in the text, `<script>`) becomes a look-alike character, so the label reads the same
 * but cannot end its quotes or start syntax. Look-alikes rather than Mermaid's #35; codes: those are
 * decoded only with HTML labels, which the app turns off (foreignObject taints the PNG canvas).
 * Long labels are cut first so a pasted essay cannot blow maxTextSize.
 */
export function mermaidLabel(text: string, max = 80): string {
  const flat = truncate(oneLine(revealBidi(text)), max);
  let out = '';
  for (const ch of flat) {
    const code = ch.codePointAt(0) ?? 32;
    if (code > 0x7e || /[A-Za-z0-9 ,.\-_?!'/():]/.test(ch)) out += ch;
    else out += LOOK_ALIKE[ch] ?? String.fromCodePoint(code + 0xfee0);
  }
  return out;
}

/**
 * Text for a place where Mermaid has no quoting, e.g. gantt task names and titles: only letters,
 * digits and plain marks survive; the rest becomes a space. The caller puts a fixed word first so
 * the line cannot start with a keyword such as `click`.
 */
export function mermaidBare(text: string, max = 60): string {
  return truncate(oneLine(revealBidi(text, (_code, name) => `(${name})`)), max)
    .replace(/[^\p{L}\p{N} .,\-_?!'/()]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
