import { testsWithEvidence, type Plan } from '../domain';
import type { Evaluation } from '../engine';
import { html as h } from './escape';
import {
  approachLabel,
  checkText,
  strategyLabel,
  TEST_KIND_LABEL,
  thresholdText,
  triggerAction,
} from './labels';
import { databaseSentences } from './integrity-database';
import { formatCount } from './numbers';
import { integrityReport } from './integrity-report';
import { ponrIndex } from '../domain/point-of-no-return';
import { labelled, para, row, table, yesNo } from './review-parts';
import { evidenceNote } from './runbook-evidence';
import { formatDay, formatMoment } from '../domain/time-format';

export function strategyHtml(plan: Plan, e: Evaluation): string {
  const s = plan.strategy;
  const ranked = e.strategy.ranked.map((r) =>
    row([
      h(strategyLabel(r.strategy)),
      String(r.score),
      h(r.reasons.map((x) => `${x.ruleId}: ${x.text}`).join(' ')),
    ]),
  );
  return [
    '<h2 id="strategy">Strategy</h2>',
    `<p>Chosen: <strong>${h(strategyLabel(s.deployment))}</strong> with <strong>${h(approachLabel(s.dataApproach))}</strong>. Recommended: ${h(strategyLabel(e.strategy.recommended))} with ${h(approachLabel(e.dataApproach.recommended))}.</p>`,
    s.justification.trim() === '' ? '' : `<h3>Justification</h3>${para(s.justification)}`,
    table(['Strategy', 'Score', 'Why'], ranked),
    `<h3>Decision record (${h(s.adr.status)})</h3>`,
    labelled('Context', s.adr.context),
    labelled('Decision', s.adr.decision),
    labelled('Consequences', s.adr.consequences),
    labelled('Alternatives', s.adr.alternatives),
  ].join('\n');
}

/** Every recorded rollback test, with whether it still speaks for the plan's scripts. */
function testsHtml(plan: Plan): string {
  const rows = testsWithEvidence(plan).map(({ test, evidence }) => {
    const note = evidenceNote(evidence);
    return row([
      h(formatDay(test.date)),
      h(TEST_KIND_LABEL[test.kind]),
      h(test.environment),
      test.result === 'pass' ? 'pass' : '<strong>FAIL</strong>',
      yesNo(test.productionLikeData),
      note === '' ? 'current' : `<strong class="stale">${h(note)}</strong>`,
    ]);
  });
  return [
    '<h3>Rollback tests</h3>',
    rows.length === 0
      ? '<p><strong>Not tested yet.</strong> Test the rollback in staging (GR-01).</p>'
      : table(['Date', 'Kind', 'Environment', 'Result', 'Production-like data', 'Evidence'], rows),
  ].join('\n');
}

export function rollbackHtml(plan: Plan): string {
  const r = plan.rollback;
  const p = r.pointOfNoReturn;
  const phase = plan.execution.phases[ponrIndex(plan)];
  const triggers = r.triggers.map((t) =>
    row([
      `<span class="rule">${h(t.ruleId)}</span>`,
      h(t.description),
      h(thresholdText(t)),
      h(triggerAction(t)),
      yesNo(t.enabled),
    ]),
  );
  return [
    '<h2 id="rollback">Rollback</h2>',
    table(['Rule', 'Trigger', 'Threshold', 'Action', 'Enabled'], triggers),
    '<h3>Procedure</h3>',
    labelled('Database', r.procedures.database),
    labelled('Services', r.procedures.services),
    labelled('Data', r.procedures.data),
    r.procedures.rollbackSql.trim() === ''
      ? ''
      : `<p><strong>Rollback script (SQL).</strong></p><pre>${h(r.procedures.rollbackSql)}</pre>`,
    testsHtml(plan),
    '<h3>Point of no return</h3>',
    p.exists === 'yes'
      ? `<div class="ponr"><strong>After phase ${phase ? h(phase.name) : '(not chosen)'}</strong>, rollback is no longer possible without data loss. Approver: ${h(p.approver || 'not named')}. Communicated: ${yesNo(p.communicated)}.${para(p.description)}</div>`
      : `<p>${p.exists === 'no' ? 'None.' : 'Not decided.'}</p>`,
  ].join('\n');
}

export function executionHtml(plan: Plan): string {
  const x = plan.execution;
  const zone = plan.timeZone;
  const checklist = x.checklist
    .map(
      (c) =>
        `<li>${c.done ? '☑' : '☐'} ${h(c.label)}${c.verifiedBy ? ` <span class="muted">(${h(c.verifiedBy)})</span>` : ''}</li>`,
    )
    .join('');
  const phases = x.phases
    .map((p, i) => {
      const steps = p.steps
        .map((s) => `<li>${h(s.text)}${s.sql.trim() === '' ? '' : `<pre>${h(s.sql)}</pre>`}</li>`)
        .join('');
      const checks = p.integrityChecks.map((c) => `<li>${h(checkText(c))}</li>`).join('');
      const when =
        p.plannedStart === null ? 'start not planned' : `starts ${formatMoment(p.plannedStart, zone)}`;
      const length = p.durationMinutes === null ? 'duration not set' : `${p.durationMinutes} min`;
      return `<section class="phase"><h3>${i + 1}. ${h(p.name)} <span class="muted">(${h(p.kind)}, owner ${h(p.owner || 'not named')}, ${h(when)}, ${length})</span></h3><ol>${steps}</ol>${labelled('Verification', p.verification)}<p><strong>Gate (integrity checks).</strong></p>${checks === '' ? '<p class="muted">No integrity checks.</p>' : `<ul>${checks}</ul>`}</section>`;
    })
    .join('\n');
  return [
    '<h2 id="execution">Execution</h2>',
    `<p>Soak: ${x.soakHours} h. Coordinator: ${h(x.coordinator || 'not named')}.</p>`,
    '<h3>Pre-migration checklist</h3>',
    checklist === '' ? '<p class="muted">None.</p>' : `<ul>${checklist}</ul>`,
    phases,
  ].join('\n');
}

/** The latest local rehearsal: verdict, observed locks and catalog diff, as recorded, and if stale, why. */
export function rehearsalHtml(plan: Plan): string {
  const latest = testsWithEvidence(plan)
    .reverse()
    .find(({ test }) => test.kind === 'local-rehearsal');
  if (!latest) return '';
  const { test, evidence } = latest;
  const note = evidenceNote(evidence);
  return [
    '<h2 id="rehearsal">Local rollback rehearsal</h2>',
    note === ''
      ? ''
      : `<p class="stale-banner"><strong>${h(note)}.</strong> Rehearse again before relying on it.</p>`,
    `<p>${test.result === 'pass' ? 'Passed' : '<strong>Failed</strong>'}: ${h(test.environment)}, ${h(formatDay(test.date))}. Evidence only: it does not replace the staging test.</p>`,
    `<pre>${h(test.notes)}</pre>`,
  ].join('\n');
}

/** The recorded integrity results (the spec's integrity_report), once the run has recorded any. */
export function integrityHtml(plan: Plan, now: Date): string {
  const report = integrityReport(plan, now);
  if (report.summary.checksRecorded === 0) return '';
  const yes = (v: boolean | null) => (v === null ? '—' : yesNo(v));
  const rows = report.phases.flatMap((p) =>
    p.checks.map((c) =>
      row([
        String(p.number),
        h(c.kind),
        h(c.target),
        c.expectedRows === null ? '—' : formatCount(c.expectedRows),
        c.actualRows === null ? '—' : formatCount(c.actualRows),
        yes(c.checksumMatch),
        yes(c.referentialOk),
        c.passed === null ? 'not recorded' : c.passed ? 'pass' : '<strong>FAIL</strong>',
        c.recordedAt === null ? '—' : h(formatMoment(c.recordedAt, plan.timeZone)),
      ]),
    ),
  );
  return [
    '<h2 id="integrity">Integrity report</h2>',
    `<p>${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.missing} not recorded.</p>`,
    table(
      [
        'Phase',
        'Check',
        'Target',
        'Expected rows',
        'Actual rows',
        'Checksum match',
        'Referential',
        'Result',
        'Recorded',
      ],
      rows,
    ),
    ...databaseSentences(report.phases, plan.timeZone).map((line) => `<p>${h(line)}</p>`),
  ].join('\n');
}
