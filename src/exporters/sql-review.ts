import { isSqlRuleId, type Evaluation, type Finding } from '../engine';
import { html as h, mdInline as md } from './escape';

/**
 * The SQL review for the exports (issue 22): every SQL statement risk the evaluation holds, forward,
 * phase steps and rollback, with where it is and what to do. The rehearsal's reconciliation is in the
 * rehearsal's own section (its recorded notes).
 */
const sqlFindings = (e: Evaluation): Finding[] => e.findings.filter((f) => isSqlRuleId(f.ruleId));

export function sqlReviewMarkdown(e: Evaluation): string[] {
  const findings = sqlFindings(e);
  if (findings.length === 0) return [];
  const out = [
    '## SQL review',
    '',
    'Statement risks from the SQL analysis (lock, what it blocks, size band, safe rewrite).',
    '',
  ];
  for (const f of findings) {
    out.push(`- **${f.severity}** \`${f.ruleId}\` at \`${f.path}\`: ${md(f.message.replace(/\s+/g, ' '))}`);
    out.push(`  - Fix: ${md(f.remedy.replace(/\s+/g, ' '))}`);
  }
  out.push('');
  return out;
}

export function sqlReviewHtml(e: Evaluation): string {
  const findings = sqlFindings(e);
  if (findings.length === 0) return '';
  const items = findings
    .map(
      (f) =>
        `<li><strong>${h(f.severity)}</strong> <code>${h(f.ruleId)}</code> at <code>${h(f.path)}</code>: ${h(f.message)}<br><span class="muted">Fix: ${h(f.remedy)}</span></li>`,
    )
    .join('\n');
  return `<h2 id="sql-review">SQL review</h2>\n<ul>\n${items}\n</ul>`;
}
