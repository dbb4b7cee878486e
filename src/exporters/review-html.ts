import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import type { Diagram } from './diagrams';
import { html as h } from './escape';
import { readinessText } from './labels';
import { assessmentHtml } from './review-assessment';
import { REVIEW_CSS } from './review-css';
import { diagramsHtml, type RenderedSvgs } from './review-diagrams';
import { para, row, table } from './review-parts';
import { executionHtml, integrityHtml, rehearsalHtml, rollbackHtml, strategyHtml } from './review-sections';
import { sqlReviewHtml } from './sql-review';
import { formatDay, formatMoment, zoneSentence } from '../domain/time-format';

export { drawnInReview, inertSvg, REVIEW_MAX_VIEWS, type RenderedSvgs } from './review-diagrams';

/**
 * No script may run and nothing may be fetched: the file is opened from chat or a mail attachment,
 * possibly from a stranger. Styles are inline, images only as data: URLs.
 */
export const REVIEW_CSP =
  "default-src 'none'; script-src 'none'; connect-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

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
<p class="muted">Migration plan review, generated ${h(formatMoment(opts.now, plan.timeZone))}. ${h(zoneSentence(plan.timeZone))} Plan id ${h(plan.id)}. Owners: ${h(plan.owners.join(', ') || 'not named')}. Target date: ${h(plan.targetDate === null ? 'not set' : formatDay(plan.targetDate))}.</p>
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
${diagramsHtml(plan, evaluation, opts.diagrams, opts.svgs)}
</main>
</body>
</html>
`;
}
