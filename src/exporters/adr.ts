import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { mdInline as md } from './escape';
import { approachLabel, strategyLabel } from './labels';
import { mdProse } from './md-prose';
import { joinLines } from './runbook';
import { dayIn } from '../domain/time-format';

/** The person's text with its lists and line breaks, or a note that it is not written yet. */
const orNone = (text: string, none: string) => (text.trim() === '' ? [`_${none}_`] : [mdProse(text)]);

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The context once: the ADR's own context, which the draft starts with the plan's summary, and the
 * summary only where the context does not already say it.
 */
function contextLines(plan: Plan): string[] {
  const context = plan.strategy.adr.context;
  const summary = plan.summary;
  if (context.trim() === '') return orNone(summary, 'No context written yet.');
  if (summary.trim() === '' || flat(context).includes(flat(summary))) return [mdProse(context)];
  return [mdProse(summary), '', mdProse(context)];
}

/**
 * The spec's `strategy_adr` in MADR format. The considered options are the engine's five ranked
 * strategies with the rules behind each score; the plan's own ADR fields fill context, decision,
 * consequences and the alternatives the authors noted.
 */
export function exportAdr(plan: Plan, evaluation: Evaluation, opts: { now: Date }): string {
  const s = plan.strategy;
  const rec = evaluation.strategy;
  const chosen = s.deployment ?? rec.recommended;
  const out: string[] = [
    `# Deployment strategy for ${md(plan.title)}`,
    '',
    `- Status: ${s.adr.status}`,
    `- Deciders: ${s.adr.deciders.trim() === '' ? 'not named' : md(s.adr.deciders)}`,
    // MADR's date field keeps its YYYY-MM-DD form (tools read it); it is the day in the plan's zone.
    `- Date: ${dayIn(opts.now, plan.timeZone)}`,
    '',
    '## Context and Problem Statement',
    '',
    ...contextLines(plan),
    '',
  ];
  out.push('## Decision Drivers', '');
  const drivers = [...rec.ruleIds, ...evaluation.dataApproach.ruleIds];
  const reasons = rec.ranked.find((r) => r.strategy === rec.recommended)?.reasons ?? [];
  if (reasons.length === 0 && drivers.length === 0) out.push('_The engine found no deciding rule._');
  for (const reason of reasons) out.push(`- **${md(reason.ruleId)}** ${md(reason.text)}`);
  for (const reason of evaluation.dataApproach.reasons)
    out.push(`- **${md(reason.ruleId)}** ${md(reason.text)}`);
  out.push('', '## Considered Options', '');
  for (const option of rec.ranked) {
    const tags = [
      option.strategy === rec.recommended ? 'recommended' : null,
      option.strategy === s.deployment ? 'chosen' : null,
    ].filter(Boolean);
    out.push(
      `- ${strategyLabel(option.strategy)}, score ${option.score}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`,
    );
  }
  if (s.adr.alternatives.trim() !== '')
    out.push('', '**Other alternatives noted by the authors:**', '', mdProse(s.adr.alternatives));
  out.push('', '## Decision Outcome', '');
  out.push(
    s.deployment === null
      ? `No strategy chosen yet; the engine recommends "${strategyLabel(rec.recommended)}".`
      : `Chosen option: "${strategyLabel(chosen)}", with data migration approach "${approachLabel(s.dataApproach)}".`,
    '',
  );
  if (rec.differs || evaluation.dataApproach.differs) {
    out.push(
      `This differs from the engine's recommendation (${strategyLabel(rec.recommended)}, ${approachLabel(evaluation.dataApproach.recommended)}). Justification:`,
      '',
    );
    out.push(...orNone(s.justification, 'No justification written (required when the choice differs).'), '');
  }
  out.push(...orNone(s.adr.decision, 'No decision text written yet.'), '');
  if (s.rationale.trim() !== '') out.push('**Rationale:**', '', mdProse(s.rationale), '');
  out.push('### Consequences', '', ...orNone(s.adr.consequences, 'No consequences written yet.'), '');
  out.push('## Pros and Cons of the Options', '');
  for (const option of rec.ranked) {
    out.push(`### ${strategyLabel(option.strategy)}`, '');
    if (option.reasons.length === 0) out.push('- No rule speaks for or against it for this plan.');
    for (const reason of option.reasons) out.push(`- **${md(reason.ruleId)}** ${md(reason.text)}`);
    out.push('');
  }
  return `${joinLines(out).trimEnd()}\n`;
}
