import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import type { Diagram } from './diagrams';
import { html as h } from './escape';
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
import { ponrIndex } from '../domain/point-of-no-return';
import { REVIEW_CSS } from './review-css';
import { sqlReviewHtml } from './sql-review';

/**
 * No script may run and nothing may be fetched: the file is opened from chat or a mail attachment,
 * possibly from a stranger. Styles are inline, images only as data: URLs.
 */
export const REVIEW_CSP =
  "default-src 'none'; script-src 'none'; connect-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** Rendered diagrams, keyed `${diagram.id}:${viewIndex}`; a missing one falls back to its source. */
export type RenderedSvgs = Record<string, string>;

/**
 * The SVGs come from Mermaid in strict mode, but they are text handed to this function, so they are
 * stripped of anything active as well: script elements, event handler attributes, javascript: URLs.
 */
export function inertSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) return '';
  return svg
    .slice(start)
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script[^>]*\/?>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href\s*=\s*["']?)\s*javascript:/gi, '$1#');
}

const para = (text: string) =>
  text.trim() === '' ? '<p class="muted">Not written yet.</p>' : `<p class="pre">${h(text)}</p>`;
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (head: string[], rows: string[]) =>
  rows.length === 0
    ? '<p class="muted">None.</p>'
    : `<table><thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

function evaluationHtml(e: Evaluation): string {
  const findings = e.findings
    .map(
      (f) =>
        `<div class="finding ${f.severity}"><span class="rule">${h(f.ruleId)}</span> <strong>${h(f.title)}</strong> (${f.severity})<br>${h(f.message)}<br><span class="muted">Where: ${h(f.path)}. Fix: ${h(f.remedy)}</span></div>`,
    )
    .join('');
  const questions = e.questions
    .map((q) => `<li><span class="rule">${h(q.ruleId)}</span> ${h(q.text)}</li>`)
    .join('');
  const risks = e.risks
    .filter((r) => r.applies)
    .map((r) =>
      row([
        `<span class="rule">${h(r.ruleId)}</span> ${h(r.failure)}`,
        r.covered ? 'covered' : `<strong>missing:</strong> ${h(r.missing.join(' '))}`,
      ]),
    );
  const criteria = e.criteria.map((c) =>
    row([`<span class="rule">${h(c.ruleId)}</span> ${h(c.text)}`, h(c.status), h(c.detail)]),
  );
  return [
    `<div class="verdict ${e.readiness.ready ? 'go' : 'nogo'}">${h(readinessText(e))}</div>`,
    '<h2 id="findings">Findings</h2>',
    findings === '' ? '<p class="muted">No findings.</p>' : findings,
    '<h2 id="questions">Open questions</h2>',
    questions === '' ? '<p class="muted">No open questions.</p>' : `<ul>${questions}</ul>`,
    '<h2 id="risks">Failure modes that apply</h2>',
    table(['Failure mode', 'Mitigation'], risks),
    '<h3>Success criteria</h3>',
    table(['Criterion', 'Status', 'Detail'], criteria),
  ].join('\n');
}

function assessmentHtml(plan: Plan, e: Evaluation): string {
  const a = plan.assessment;
  const comps = a.components.map((c) =>
    row([h(c.name), h(c.kind), h(c.ownerTeam), c.stateful ? 'yes' : 'no', c.rows.toLocaleString('en-US')]),
  );
  const deps = a.dependencies.map((d) => row([h(d.from), h(d.to)]));
  return [
    '<h2 id="assessment">Assessment</h2>',
    `<p>Scope: ${h(a.scope.join(', ') || 'not set')}. Downtime tolerance: ${h(a.downtime.kind)}${a.downtime.agreedBy ? ` (agreed by ${h(a.downtime.agreedBy)})` : ''}. Window: ${h(windowText(plan))}.</p>`,
    `<p>Estimate: ${e.estimate.totalRows.toLocaleString('en-US')} rows; copy time ${e.estimate.durationHours === null ? 'unknown (throughput not measured)' : `${e.estimate.durationHours.toFixed(1)} h`}; fits the window: ${e.estimate.fitsWindow === null ? 'unknown' : e.estimate.fitsWindow ? 'yes' : 'no'}.</p>`,
    '<h3>Components</h3>',
    table(['Name', 'Kind', 'Owner team', 'Stateful', 'Rows'], comps),
    '<h3>Dependencies (from is consumed by to)</h3>',
    table(['From', 'To'], deps),
    '<h3>Schema change</h3>',
    para(a.schemaChange.description),
    a.schemaChange.forwardSql.trim() === '' ? '' : `<pre>${h(a.schemaChange.forwardSql)}</pre>`,
    a.notes.trim() === '' ? '' : `<h3>Notes</h3>${para(a.notes)}`,
  ].join('\n');
}

function strategyHtml(plan: Plan, e: Evaluation): string {
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
    `<p><strong>Context.</strong></p>${para(s.adr.context)}<p><strong>Decision.</strong></p>${para(s.adr.decision)}`,
    `<p><strong>Consequences.</strong></p>${para(s.adr.consequences)}<p><strong>Alternatives.</strong></p>${para(s.adr.alternatives)}`,
  ].join('\n');
}

function rollbackHtml(plan: Plan): string {
  const r = plan.rollback;
  const p = r.pointOfNoReturn;
  const phase = plan.execution.phases[ponrIndex(plan)];
  const triggers = r.triggers.map((t) =>
    row([
      `<span class="rule">${h(t.ruleId)}</span>`,
      h(t.description),
      h(thresholdText(t)),
      h(triggerAction(t)),
      t.enabled ? 'yes' : 'no',
    ]),
  );
  const tests = r.tests.map((t) =>
    row([h(t.date), h(t.environment), h(t.result), t.productionLikeData ? 'yes' : 'no']),
  );
  return [
    '<h2 id="rollback">Rollback</h2>',
    table(['Rule', 'Trigger', 'Threshold', 'Action', 'Enabled'], triggers),
    `<h3>Procedure</h3><p><strong>Database.</strong></p>${para(r.procedures.database)}<p><strong>Services.</strong></p>${para(r.procedures.services)}<p><strong>Data.</strong></p>${para(r.procedures.data)}`,
    r.procedures.rollbackSql.trim() === '' ? '' : `<pre>${h(r.procedures.rollbackSql)}</pre>`,
    '<h3>Rollback tests</h3>',
    table(['Date', 'Environment', 'Result', 'Production-like data'], tests),
    '<h3>Point of no return</h3>',
    p.exists === 'yes'
      ? `<div class="ponr"><strong>After phase ${phase ? h(phase.name) : '(not chosen)'}</strong>, rollback is no longer possible without data loss. Approver: ${h(p.approver || 'not named')}. Communicated: ${p.communicated ? 'yes' : 'no'}.${para(p.description)}</div>`
      : `<p>${p.exists === 'no' ? 'None.' : 'Not decided.'}</p>`,
  ].join('\n');
}

function executionHtml(plan: Plan): string {
  const x = plan.execution;
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
      return `<section class="phase"><h3>${i + 1}. ${h(p.name)} <span class="muted">(${h(p.kind)}, owner ${h(p.owner || 'not named')}, ${p.durationMinutes === null ? 'duration not set' : `${p.durationMinutes} min`})</span></h3><ol>${steps}</ol><p><strong>Verification.</strong></p>${para(p.verification)}<p><strong>Gate (integrity checks).</strong></p>${checks === '' ? '<p class="muted">No integrity checks.</p>' : `<ul>${checks}</ul>`}</section>`;
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

function diagramsHtml(diagrams: Diagram[], svgs: RenderedSvgs): string {
  const parts = ['<h2 id="diagrams">Diagrams</h2>'];
  for (const d of diagrams) {
    parts.push(`<h3>${h(d.title)}</h3>`, d.note ? `<p class="muted">${h(d.note)}</p>` : '');
    d.views.forEach((view, i) => {
      const svg = svgs[`${d.id}:${i}`];
      const body = svg
        ? inertSvg(svg)
        : `<p class="muted">Not rendered; Mermaid source:</p><pre>${h(view.source)}</pre>`;
      parts.push(
        `<figure class="diagram" aria-label="${h(view.title)}">${d.views.length > 1 ? `<figcaption>${h(view.title)}${view.note ? `: ${h(view.note)}` : ''}</figcaption>` : ''}${body}</figure>`,
      );
    });
  }
  return parts.join('\n');
}

/** The latest local rehearsal: verdict, observed locks and catalog diff, as recorded. */
function rehearsalHtml(plan: Plan): string {
  const rehearsal = [...plan.rollback.tests].reverse().find((t) => t.kind === 'local-rehearsal');
  if (!rehearsal) return '';
  return [
    '<h2 id="rehearsal">Local rollback rehearsal</h2>',
    `<p>${rehearsal.result === 'pass' ? 'Passed' : '<strong>Failed</strong>'}: ${h(rehearsal.environment)}, ${h(rehearsal.date)}. Evidence only: it does not replace the staging test.</p>`,
    `<pre>${h(rehearsal.notes)}</pre>`,
  ].join('\n');
}

/** The recorded integrity results (the spec's integrity_report), once the run has recorded any. */
function integrityHtml(plan: Plan, now: Date): string {
  const report = integrityReport(plan, now);
  if (report.summary.checksRecorded === 0) return '';
  const yes = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
  const rows = report.phases.flatMap((p) =>
    p.checks.map((c) =>
      row([
        String(p.number),
        h(c.kind),
        h(c.target),
        c.expectedRows === null ? '—' : String(c.expectedRows),
        c.actualRows === null ? '—' : String(c.actualRows),
        yes(c.checksumMatch),
        yes(c.referentialOk),
        c.passed === null ? 'not recorded' : c.passed ? 'pass' : '<strong>FAIL</strong>',
      ]),
    ),
  );
  return [
    '<h2 id="integrity">Integrity report</h2>',
    `<p>${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.missing} not recorded.</p>`,
    table(
      ['Phase', 'Check', 'Target', 'Expected rows', 'Actual rows', 'Checksum match', 'Referential', 'Result'],
      rows,
    ),
    ...databaseSentences(report.phases).map((line) => `<p>${h(line)}</p>`),
  ].join('\n');
}

/** The review document: one self-contained HTML file that opens in any browser with no network. */
export function exportReviewHtml(
  plan: Plan,
  evaluation: Evaluation,
  opts: { now: Date; diagrams: Diagram[]; svgs: RenderedSvgs },
): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REVIEW_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(plan.title)}: migration plan review</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${h(plan.title)}</h1>
<p class="muted">Migration plan review, generated ${h(opts.now.toISOString())}. Plan id ${h(plan.id)}. Owners: ${h(plan.owners.join(', ') || 'not named')}. Target date: ${h(plan.targetDate ?? 'not set')}.</p>
${para(plan.summary)}
</header>
${evaluationHtml(evaluation)}
${assessmentHtml(plan, evaluation)}
${strategyHtml(plan, evaluation)}
${rollbackHtml(plan)}
${executionHtml(plan)}
${sqlReviewHtml(evaluation)}
${rehearsalHtml(plan)}
${integrityHtml(plan, opts.now)}
${diagramsHtml(opts.diagrams, opts.svgs)}
</main>
</body>
</html>
`;
}
