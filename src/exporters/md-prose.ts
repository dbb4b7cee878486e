import { mdInline } from './escape';

/**
 * Text a person wrote, as Markdown that reads as they wrote it: lines starting with "- ", "* ", "• " or
 * "1. " become list items (indented ones nest), other lines keep their line breaks (CommonMark hard
 * breaks), blank lines separate paragraphs. Everything inside a line is escaped as inline text, so
 * the text still cannot open any other structure (a heading, a table, a link, HTML).
 */
type Line =
  { kind: 'blank' } | { kind: 'text'; text: string } | { kind: 'item'; text: string; depth: number };

const BULLET = /^([ \t]*)[-*+•][ \t]+(.*)$/;
const ORDERED = /^([ \t]*)(\d{1,9})[.)][ \t]+(.*)$/;

/** Nesting from the indent: two columns (a tab counts four) per level, at most three levels. */
const depthOf = (indent: string) => Math.min(3, Math.floor(indent.replace(/\t/g, '    ').length / 2));

function classify(raw: string): Line {
  if (raw.trim() === '') return { kind: 'blank' };
  const bullet = BULLET.exec(raw);
  if (bullet)
    return { kind: 'item', text: `- ${mdInline(bullet[2] ?? '')}`, depth: depthOf(bullet[1] ?? '') };
  const ordered = ORDERED.exec(raw);
  if (ordered)
    return {
      kind: 'item',
      text: `${ordered[2] ?? '1'}. ${mdInline(ordered[3] ?? '')}`,
      depth: depthOf(ordered[1] ?? ''),
    };
  return { kind: 'text', text: mdInline(raw) };
}

export function mdProse(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(classify);
  const out: string[] = [];
  let previous: Line['kind'] = 'blank';
  let depth = -1;
  for (const line of lines) {
    if (line.kind === 'blank') {
      if (previous !== 'blank') out.push('');
      previous = 'blank';
      depth = -1;
      continue;
    }
    // A list and a paragraph next to each other need a blank line between them, or the paragraph
    // would continue the last item (and a "2." would not start a list after a paragraph).
    if (previous !== 'blank' && previous !== line.kind) out.push('');
    if (line.kind === 'text') {
      // A backslash at the end of a line is a hard line break: the person's line break is kept.
      if (previous === 'text') out[out.length - 1] += '\\';
      out.push(line.text);
      depth = -1;
    } else {
      // One level deeper than the item before at most: a deeper indent would read as a code block.
      depth = Math.min(line.depth, depth + 1);
      // Four spaces nest under "- " and under "10. " alike, and stay short of an indented code block.
      out.push(`${'    '.repeat(depth)}${line.text}`);
    }
    previous = line.kind;
  }
  return out.join('\n').trim();
}
