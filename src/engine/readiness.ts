import { severityRank } from './finding';
import { ruleOrder } from './rules';
import type { Finding, Question, Readiness } from './types';

/** Blockers first, then warnings, then info; within a severity in catalog order, then as generated. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        severityRank(a.f.severity) - severityRank(b.f.severity) ||
        ruleOrder(a.f.ruleId) - ruleOrder(b.f.ruleId) ||
        a.index - b.index,
    )
    .map(({ f }) => f);
}

/**
 * Go when nothing blocks. Open questions and warnings are counted and shown, but they do not stop a
 * go on their own: each question that matters for safety also has a guardrail finding behind it.
 */
export function readiness(findings: readonly Finding[], questions: readonly Question[]): Readiness {
  const blockers = findings.filter((f) => f.severity === 'blocker');
  return {
    ready: blockers.length === 0,
    blockers,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    openQuestions: questions.length,
  };
}
