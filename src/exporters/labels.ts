import type { Phase, Plan, RollbackTrigger } from '../domain';
import { APPROACH_LABEL, conditionText, STRATEGY_LABEL, type Evaluation } from '../engine';
import { formatMoment } from '../domain/time-format';
import { formatCount } from './numbers';

/** Words shared by the runbook, the ADR and the review document, so they never disagree. */

export const strategyLabel = (s: Plan['strategy']['deployment']) =>
  s === null ? 'not chosen' : STRATEGY_LABEL[s];
export const approachLabel = (a: Plan['strategy']['dataApproach']) =>
  a === null ? 'not chosen' : APPROACH_LABEL[a];

/**
 * A trigger's condition for exports: direction ("<" for a falling metric), threshold against the baseline,
 * floor, and how many bad samples fire it. The same words as the screens (engine's conditionText).
 */
export const thresholdText = (t: RollbackTrigger): string => conditionText(t);

export const triggerAction = (t: RollbackTrigger) =>
  `${t.automatic ? 'Automatic rollback' : 'Manual rollback call'}; roll back at once (DC-10)`;

export function checkText(check: Phase['integrityChecks'][number]): string {
  const parts = [`${check.kind}: ${check.target}`];
  if (check.expectedRows !== null) parts.push(`expected rows ${formatCount(check.expectedRows)}`);
  if (check.checksumTarget.trim() !== '') parts.push(`checksum ${check.checksumTarget}`);
  if (check.constraint.trim() !== '') parts.push(`constraint ${check.constraint}`);
  return parts.join(', ');
}

export function windowText(plan: Plan): string {
  const w = plan.assessment.maintenanceWindow;
  if (w.start === null) return 'no window planned';
  const length = w.durationMinutes === null ? 'length not set' : `${w.durationMinutes} min`;
  return `${formatMoment(w.start, plan.timeZone)} (${length}${w.offPeak ? ', off-peak' : ''})`;
}

export function readinessText(evaluation: Evaluation): string {
  const r = evaluation.readiness;
  if (r.ready) return `GO: no blockers (${r.warnings} warnings, ${r.openQuestions} open questions)`;
  return `NO-GO: ${r.blockers.length} blockers (${r.warnings} warnings, ${r.openQuestions} open questions)`;
}

/** A recorded rollback test's kind, in words. */
export const TEST_KIND_LABEL = {
  staging: 'staging',
  'local-rehearsal': 'local rehearsal',
  'other-non-production': 'other non-production',
} as const;
