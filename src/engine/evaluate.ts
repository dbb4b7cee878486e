import type { Plan } from '../domain';
import { recommendDataApproach } from './data-approach';
import { choiceFindings, criteriaFindings } from './decision-criteria';
import { analyseDependencies } from './dependencies';
import { dependencyFindings } from './dependency-findings';
import { buildEstimate, buildSchedule } from './estimate';
import { deriveFacts } from './facts';
import { riskRegister } from './failure-modes';
import { compatibility } from './guardrails-compat';
import { backups, destructiveForward, sourceDeletion } from './guardrails-data';
import { integrityGates, stakeholderNotice } from './guardrails-process';
import { rollbackGuardrails } from './guardrails-rollback';
import { pointOfNoReturn } from './ponr';
import { ponrFindings, returnPathFindings } from './ponr-findings';
import { askQuestions } from './questions';
import { readiness, sortFindings } from './readiness';
import { recommendStrategy } from './strategy';
import { shapeFindings } from './shape-findings';
import { placeStatements } from './statement-placement';
import { sqlRiskFindings } from './sql-findings';
import { successCriteria } from './success-criteria';
import { staleVerifications } from './verification-stale';
import { triggerFindings } from './trigger-findings';
import type { EvaluateContext, Evaluation } from './types';
import { windowFindings } from './window-findings';

/**
 * The whole engine: plan in, evaluation out. Pure (reads only its arguments, never the clock) and total
 * on schema-valid plans. Facts are derived once and every rule family reads them, so the cost is
 * linear in the size of the plan.
 */
export function evaluate(plan: Plan, ctx: EvaluateContext): Evaluation {
  const facts = deriveFacts(plan, ctx);
  const strategy = recommendStrategy(facts);
  const dataApproach = recommendDataApproach(facts);
  const { timeline, schedule } = buildSchedule(facts);
  const placement = placeStatements(facts, schedule);
  const ponr = pointOfNoReturn(facts, schedule, placement);
  const deps = analyseDependencies(plan.assessment.components, plan.assessment.dependencies);
  const findings = sortFindings([
    ...rollbackGuardrails(facts),
    ...sourceDeletion(facts, schedule),
    ...backups(facts),
    ...destructiveForward(facts, placement),
    ...compatibility(facts, placement, strategy),
    ...integrityGates(facts),
    ...staleVerifications(facts),
    ...stakeholderNotice(facts),
    ...choiceFindings(facts, strategy, dataApproach),
    ...criteriaFindings(facts),
    ...windowFindings(facts),
    ...shapeFindings(facts),
    ...ponrFindings(facts, ponr),
    ...returnPathFindings(facts),
    ...triggerFindings(facts),
    ...dependencyFindings(plan, deps),
    ...sqlRiskFindings(facts),
  ]);
  const questions = askQuestions(facts, placement, ponr);
  return {
    strategy,
    dataApproach,
    estimate: buildEstimate(facts, timeline),
    findings,
    questions,
    pointOfNoReturn: ponr,
    risks: riskRegister(facts, dataApproach, ponr),
    criteria: successCriteria(facts, findings),
    waves: deps.waves,
    cycles: deps.cycles,
    consumersToNotify: deps.consumers,
    readiness: readiness(findings, questions),
  };
}
