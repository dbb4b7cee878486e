import type { Plan } from '../domain';
import { APPROACH_LABEL, STRATEGY_LABEL, type Evaluation } from '../engine';
import { mdInline } from '../exporters/escape';
import { readinessText } from '../exporters/labels';
import { countChanges, diffPlans, type Change } from '../exporters/plan-diff';

/** GitHub refuses comments over 65,536 characters; the rest is summarised. */
export const COMMENT_LIMIT = 60_000;

const KIND = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** A file name in a code span; a backtick in it would end the span. */
const code = (name: string) => `\`${name.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;

const cell = (value: string | null) => (value === null || value === '' ? '' : mdInline(value));

function row(change: Change): string {
  return `| ${KIND[change.kind]} | ${mdInline(change.label)} \`${change.path}\` | ${cell(change.before)} | ${cell(change.after)} |`;
}

function verdict(label: string, before: Evaluation, after: Evaluation): string[] {
  const out: string[] = [];
  const was = readinessText(before);
  const now = readinessText(after);
  out.push(`- ${label}: ${was === now ? now : `${was} → **${now}**`}`);
  const s = (e: Evaluation) =>
    `${e.strategy.chosen === null ? 'none chosen' : STRATEGY_LABEL[e.strategy.chosen]} (recommended ${STRATEGY_LABEL[e.strategy.recommended]})`;
  const a = (e: Evaluation) =>
    `${e.dataApproach.chosen === null ? 'none chosen' : APPROACH_LABEL[e.dataApproach.chosen]} (recommended ${APPROACH_LABEL[e.dataApproach.recommended]})`;
  out.push(`- Strategy: ${s(before) === s(after) ? s(after) : `${s(before)} → **${s(after)}**`}`);
  out.push(`- Data approach: ${a(before) === a(after) ? a(after) : `${a(before)} → **${a(after)}**`}`);
  return out;
}

/**
 * The Outputs step's "Compare with another version" as Markdown for a pull-request comment: the
 * verdict before and after, then every change section by section (the same diff as the app).
 */
export function diffMarkdown(
  before: { name: string; plan: Plan; evaluation: Evaluation },
  after: { name: string; plan: Plan; evaluation: Evaluation },
  limit = COMMENT_LIMIT,
): string {
  const sections = diffPlans(before.plan, after.plan);
  const total = countChanges(sections);
  const out = [
    `### Plan changes: ${mdInline(after.plan.title)}`,
    '',
    total === 0
      ? `No differences between ${code(before.name)} and ${code(after.name)}.`
      : `${total} change${total === 1 ? '' : 's'} from ${code(before.name)} to ${code(after.name)}.`,
    '',
    ...verdict('Readiness', before.evaluation, after.evaluation),
  ];
  let length = out.join('\n').length;
  let shown = 0;
  for (const section of sections) {
    if (section.changes.length === 0) continue;
    const head = [
      '',
      `#### ${section.title} (${section.changes.length})`,
      '',
      '| Change | Where | Before | After |',
      '| --- | --- | --- | --- |',
    ];
    const rows: string[] = [];
    for (const change of section.changes) {
      const line = row(change);
      if (length + head.join('\n').length + line.length + 1 > limit) break;
      rows.push(line);
      length += line.length + 1;
    }
    if (rows.length === 0) break;
    out.push(...head, ...rows);
    length += head.join('\n').length;
    shown += rows.length;
    if (rows.length < section.changes.length) break;
  }
  if (shown < total)
    out.push(
      '',
      `_${total - shown} more changes are not shown (too long for one comment); run the diff locally to see them all._`,
    );
  return `${out.join('\n')}\n`;
}
