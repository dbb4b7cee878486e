import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { mdBlock, mdInline as md } from './escape';
import { approachLabel, isoDay, strategyLabel } from './labels';
import { joinLines } from './runbook';

const orNone = (text: string, none: string) => (text.trim() === '' ? [`_${none}_`] : [mdBlock(text)]);

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
    `- Date: ${isoDay(opts.now)}`,
    '',
    '## Context and Problem Statement',
    '',
    ...orNone(s.adr.context, 'No context written yet.'),
    '',
  ];
  if (plan.summary.trim() !== '') out.push(mdBlock(plan.summary), '');
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
    out.push('', '**Other alternatives noted by the authors:**', '', mdBlock(s.adr.alternatives));
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
  if (s.rationale.trim() !== '') out.push('**Rationale:**', '', mdBlock(s.rationale), '');
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
