import type { Phase, Plan } from '../domain';
import { MECHANISM_TEXT, type Evaluation } from '../engine';
import { buildDiagrams } from './diagrams';
import { mdFence, mdInline as md } from './escape';
import {
  approachLabel,
  checkText,
  readinessText,
  strategyLabel,
  thresholdText,
  triggerAction,
  windowText,
} from './labels';
import { databaseSentences } from './integrity-database';
import { integrityReport } from './integrity-report';
import { mdProse } from './md-prose';
import { ponrIndex } from '../domain/point-of-no-return';
import { SOAK_MIN_HOURS } from '../domain/spec-limits';
import { formatMoment, zoneSentence } from '../domain/time-format';
import { rehearsalSection, testsSection } from './runbook-evidence';
import { sqlReviewMarkdown } from './sql-review';

/** Joins lines, dropping repeated blank lines (never touching the inside of a code block). */
export const joinLines = (lines: string[]) =>
  lines.filter((line, i) => !(line === '' && (i === 0 || lines[i - 1] === ''))).join('\n');

/** Optional parts of a block: skipped when empty so the runbook has no hollow headings. */
const para = (label: string, text: string) =>
  text.trim() === '' ? [] : [`**${label}:**`, '', mdProse(text), ''];

function phaseSection(
  plan: Plan,
  evaluation: Evaluation,
  phase: Phase,
  index: number,
  ponr: number,
): string[] {
  const out = [`### Phase ${index + 1}: ${md(phase.name)}`, ''];
  const computed = evaluation.pointOfNoReturn.computed;
  const who = plan.rollback.pointOfNoReturn.approver.trim();
  const approval = who === '' ? '**an approver (none named)**' : `**${md(who)}**`;
  if (index === ponr) {
    out.push(
      `> **POINT OF NO RETURN.** After this phase, rollback is no longer possible without data loss. Do not start it without the approval of ${approval}.`,
      '',
    );
  } else if (computed?.index === index) {
    out.push(
      `> **POINT OF NO RETURN (computed).** After this phase ${md(computed.reason)}. Do not start it without the approval of ${approval}.`,
      '',
    );
  }
  const estimate = evaluation.estimate.phases[index];
  const runs =
    estimate === undefined
      ? 'not known'
      : `${estimate.timing === 'in-window' ? 'inside the maintenance window' : 'online, outside the window'}${estimate.inferred ? ` (not stated: ${md(estimate.why)})` : ''}`;
  const lasts = phase.rollbackAvailableHours === null ? '' : `, for ${phase.rollbackAvailableHours} h`;
  out.push(
    `- Kind: ${phase.kind}`,
    `- Owner: ${phase.owner.trim() === '' ? 'not named' : md(phase.owner)}`,
    `- Planned start: ${phase.plannedStart === null ? 'not set' : formatMoment(phase.plannedStart, plan.timeZone)}`,
    `- Duration: ${phase.durationMinutes === null ? 'not set' : `${phase.durationMinutes} min`}`,
    `- Runs: ${runs}`,
    `- Pausable and resumable: ${phase.pausable ? 'yes' : 'no'}`,
    `- Rollback after this phase: ${MECHANISM_TEXT[phase.rollbackMechanism]}${lasts}`,
  );
  if (phase.deletesSource) out.push('- Deletes source data: yes (only after the soak, GR-02)');
  out.push('', '**Steps:**', '');
  if (phase.steps.length === 0) out.push('_No steps written yet._');
  phase.steps.forEach((step, i) => {
    out.push(`${i + 1}. [ ] ${md(step.text)}`);
    if (step.sql.trim() !== '') out.push('', mdFence(step.sql, 'sql', '   '), '');
  });
  out.push('', ...para('Verification', phase.verification));
  out.push(`**Gate:** do not start the next phase until every integrity check below passes (GR-06).`, '');
  if (phase.integrityChecks.length === 0)
    out.push('- [ ] _No integrity checks defined: add one before the migration._');
  for (const check of phase.integrityChecks) out.push(`- [ ] ${md(checkText(check))}`);
  out.push(
    '',
    `If a check fails or a trigger fires: ${index >= ponr && ponr >= 0 ? 'rollback is no longer possible; restore from the verified backup (last resort).' : 'stop and run the rollback procedure now.'}`,
    '',
  );
  return out;
}

export function exportRunbook(plan: Plan, evaluation: Evaluation, opts: { now: Date }): string {
  const r = plan.rollback;
  const ponr = ponrIndex(plan);
  const out: string[] = [
    `# Runbook: ${md(plan.title)}`,
    '',
    `_Generated ${formatMoment(opts.now, plan.timeZone)} from plan ${md(plan.id)}. Readiness: ${readinessText(evaluation)}. ${md(zoneSentence(plan.timeZone))}_`,
    '',
  ];
  if (plan.summary.trim() !== '') out.push(mdProse(plan.summary), '');
  out.push(
    '## At a glance',
    '',
    `- Deployment strategy: ${strategyLabel(plan.strategy.deployment)} (recommended: ${strategyLabel(evaluation.strategy.recommended)})`,
    `- Data migration approach: ${approachLabel(plan.strategy.dataApproach)} (recommended: ${approachLabel(evaluation.dataApproach.recommended)})`,
    // Our own words and Intl's, no typed text: escaping them would write "02\:00".
    `- Maintenance window: ${windowText(plan)}`,
    `- Owners: ${plan.owners.length === 0 ? 'not named' : plan.owners.map(md).join(', ')}`,
    `- Coordinator: ${plan.execution.coordinator.trim() === '' ? 'not named' : md(plan.execution.coordinator)}`,
    `- Soak: ${plan.execution.soakHours} h`,
    '',
  );
  if (evaluation.readiness.blockers.length > 0) {
    out.push('## Blockers', '');
    for (const b of evaluation.readiness.blockers)
      out.push(`- **${md(b.ruleId)}** ${md(b.message)} (at ${md(b.path)})`);
    out.push('');
  }
  out.push('## Pre-migration checklist', '');
  if (plan.execution.checklist.length === 0) out.push('_No checklist items._');
  for (const item of plan.execution.checklist) {
    const by = item.verifiedBy.trim() === '' ? '' : ` (verified by ${md(item.verifiedBy)})`;
    out.push(`- [${item.done ? 'x' : ' '}] ${md(item.label)}${by}`);
  }
  out.push(
    '',
    '## Rollback triggers',
    '',
    'Any fired trigger means roll back now, without waiting for manual assessment (DC-10).',
    '',
  );
  out.push('| Rule | Trigger | Threshold | Action | Enabled |', '| --- | --- | --- | --- | --- |');
  for (const t of r.triggers) {
    out.push(
      `| ${md(t.ruleId)} | ${md(t.description)} | ${md(thresholdText(t))} | ${md(triggerAction(t))} | ${t.enabled ? 'yes' : 'no'} |`,
    );
  }
  if (r.triggers.length === 0) out.push('| none | No rollback triggers defined | | | |');
  out.push('', '## Rollback procedure', '');
  out.push(
    ...para('Database', r.procedures.database),
    ...para('Services', r.procedures.services),
    ...para('Data', r.procedures.data),
  );
  out.push(
    `- [${r.procedures.rollbackScriptsKept ? 'x' : ' '}] Rollback scripts kept`,
    `- [${r.procedures.previousArtifactsKept ? 'x' : ' '}] Previous version artifacts and routing config kept`,
    `- [${r.procedures.sourcePreserved ? 'x' : ' '}] Source data preserved until the migration is verified`,
    `- [${r.procedures.backupLastResort ? 'x' : ' '}] Verified backup as the last resort`,
    '',
  );
  if (r.procedures.rollbackSql.trim() !== '')
    out.push('**Rollback SQL:**', '', mdFence(r.procedures.rollbackSql, 'sql'), '');
  out.push(...testsSection(plan));
  out.push('## Point of no return', '', ...computedPonr(plan, evaluation));
  const p = r.pointOfNoReturn;
  if (p.exists === 'yes') {
    const phase = plan.execution.phases[ponr];
    out.push(
      `- After phase: ${phase ? `${ponr + 1}, ${md(phase.name)}` : '**not chosen**'}`,
      `- Approver: ${p.approver.trim() === '' ? '**not named**' : md(p.approver)}`,
      `- Communicated to stakeholders: ${p.communicated ? 'yes' : '**no**'}`,
      '',
      ...para('What cannot be undone', p.description),
    );
  } else
    out.push(
      p.exists === 'no' ? 'None: every phase can be rolled back.' : '**Not decided** whether there is one.',
      '',
    );
  out.push('## Phases', '');
  let phaseNo = 0;
  for (const entry of evaluation.estimate.timeline) {
    if (entry.kind === 'soak') {
      out.push(
        '### Soak',
        '',
        `Monitor production metrics for ${entry.durationHours} h (at least ${SOAK_MIN_HOURS} h). Rollback triggers stay armed. Source data is not deleted before the soak ends.`,
        '',
      );
      continue;
    }
    const phase = plan.execution.phases[phaseNo];
    if (phase) out.push(...phaseSection(plan, evaluation, phase, phaseNo, ponr));
    phaseNo += 1;
  }
  if (evaluation.questions.length > 0) {
    out.push('## Open questions', '');
    for (const q of evaluation.questions) out.push(`- **${md(q.ruleId)}** ${md(q.text)}`);
    out.push('');
  }
  out.push(...sqlReviewMarkdown(evaluation));
  out.push(...rehearsalSection(plan));
  out.push(...integritySection(plan, opts.now));
  out.push('## Diagrams', '');
  for (const diagram of buildDiagrams(plan, evaluation)) {
    out.push(`### ${diagram.title}`, '');
    if (diagram.note) out.push(`_${md(diagram.note)}_`, '');
    for (const view of diagram.views) {
      if (diagram.views.length > 1) out.push(`#### ${md(view.title)}`, '');
      out.push(mdFence(view.source, 'mermaid'), '');
    }
  }
  return `${joinLines(out).trimEnd()}\n`;
}

/** The engine's point of no return, from the phases' rollback mechanisms, beside the plan's choice. */
function computedPonr(plan: Plan, evaluation: Evaluation): string[] {
  const { computed, chosenTooLate } = evaluation.pointOfNoReturn;
  if (computed === null)
    return ['Computed from the phases’ rollback mechanisms: none, every phase can be rolled back.', ''];
  const phase = plan.execution.phases[computed.index];
  const out = [
    `Computed from the phases’ rollback mechanisms: after phase ${computed.index + 1}, ${md(phase?.name ?? '')}: ${md(computed.reason)}.`,
    '',
  ];
  if (chosenTooLate)
    out.push(
      '**The point of no return chosen below comes later than this one: its approval gate would come too late (AQ-05).**',
      '',
    );
  return out;
}

/** Recorded integrity results (the spec's integrity_report), once the run has recorded any. */
function integritySection(plan: Plan, now: Date): string[] {
  const report = integrityReport(plan, now);
  if (report.summary.checksRecorded === 0) return [];
  const yes = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
  const out = [
    '## Integrity report',
    '',
    `${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.missing} not recorded.`,
    '',
    '| Phase | Check | Target | Expected rows | Actual rows | Checksum match | Referential | Result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const phase of report.phases) {
    for (const c of phase.checks) {
      const result = c.passed === null ? 'not recorded' : c.passed ? 'pass' : '**FAIL**';
      out.push(
        `| ${phase.number} | ${md(c.kind)} | ${md(c.target)} | ${c.expectedRows ?? '—'} | ${c.actualRows ?? '—'} | ${yes(c.checksumMatch)} | ${yes(c.referentialOk)} | ${result} |`,
      );
    }
  }
  out.push('');
  const verified = databaseSentences(report.phases, plan.timeZone);
  if (verified.length > 0) out.push(...verified.map((line) => `- ${md(line)}`), '');
  return out;
}
