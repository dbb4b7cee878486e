import type { Evaluation } from '../engine/types';
import type { ReadinessSummary } from '../persistence';

/** The verdict of one evaluation as the drafts list stores it: the same blockers, by rule id. */
export function readinessSummary(evaluation: Evaluation, nowMs: number): ReadinessSummary {
  const { ready, blockers, warnings } = evaluation.readiness;
  return {
    ready,
    blockers: blockers.length,
    warnings,
    blockerIds: [...new Set(blockers.map((b) => b.ruleId))],
    evaluatedAt: new Date(nowMs).toISOString(),
  };
}

/** Stored while the SQL facts are still being worked out: the list says so instead of a verdict. */
export const CHECKING_SUMMARY: ReadinessSummary = {
  ready: false,
  blockers: 0,
  warnings: 0,
  blockerIds: [],
  checking: true,
};

/** Whether two summaries say the same thing (the time they were worked out aside). */
export function sameVerdict(a: ReadinessSummary | null, b: ReadinessSummary | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.ready === b.ready &&
    a.blockers === b.blockers &&
    a.warnings === b.warnings &&
    (a.checking ?? false) === (b.checking ?? false) &&
    (a.blockerIds ?? []).join() === (b.blockerIds ?? []).join()
  );
}
