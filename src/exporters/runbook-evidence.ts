import { testsWithEvidence, type EvidenceState, type Plan } from '../domain';
import { mdFence, mdInline as md } from './escape';
import { TEST_KIND_LABEL } from './labels';
import { formatDay } from '../domain/time-format';

/** How an export says whether a test still speaks for the plan; empty when nothing needs saying. */
export function evidenceNote(evidence: EvidenceState): string {
  if (evidence.state === 'stale') return `STALE: ${evidence.reason}`;
  if (evidence.state === 'unknown') return `May be stale: ${evidence.reason}`;
  return '';
}

/**
 * Every recorded rollback test, staging and local alike, with its environment: the spec asks for the
 * staging test (GR-01) and for an exercise outside production (GR-08), and a reader checks both here.
 */
export function testsSection(plan: Plan): string[] {
  const tests = testsWithEvidence(plan);
  const out = ['## Rollback tests', ''];
  if (tests.length === 0) return [...out, '**Not tested yet.** Test the rollback in staging (GR-01).', ''];
  for (const { test, evidence } of tests) {
    const note = evidenceNote(evidence);
    const data = test.productionLikeData ? ', production-like data' : '';
    out.push(
      `- ${test.result === 'pass' ? 'Passed' : '**Failed**'}, ${TEST_KIND_LABEL[test.kind]}, in ${md(test.environment)} on ${formatDay(test.date)}${data}${note === '' ? '' : `. **${md(note)}.**`}`,
    );
  }
  return [...out, ''];
}

/** The latest local rehearsal (PGlite): its verdict, observed locks and catalog diff, as recorded. */
export function rehearsalSection(plan: Plan): string[] {
  const latest = testsWithEvidence(plan)
    .reverse()
    .find(({ test }) => test.kind === 'local-rehearsal');
  if (!latest) return [];
  const { test, evidence } = latest;
  const note = evidenceNote(evidence);
  return [
    '## Local rollback rehearsal',
    '',
    ...(note === '' ? [] : [`> **${md(note)}.** Rehearse again before relying on it.`, '']),
    `${test.result === 'pass' ? 'Passed' : '**Failed**'}: ${md(test.environment)}, ${formatDay(test.date)}. Evidence only: it does not replace the staging test.`,
    '',
    mdFence(test.notes, 'text'),
    '',
  ];
}
