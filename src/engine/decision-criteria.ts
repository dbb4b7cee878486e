import { APPROACH_LABEL } from './data-approach';
import type { Facts } from './facts';
import { finding } from './finding';
import { formatCount } from './format';
import { batchingAdvice } from './remedies';
import { isKnownRuleId, RULES } from './rules';
import { STRATEGY_LABEL, STRATEGY_RULE as TABLE_ID } from './strategy';
import type { DataApproachRecommendation, Finding, RuleId, StrategyRecommendation } from './types';

function leadRule(ruleIds: readonly string[], fallback: RuleId): RuleId {
  const first = ruleIds[0];
  return first !== undefined && isKnownRuleId(first) ? first : fallback;
}

/**
 * A choice that differs from the recommendation is never a blocker: people know things the plan does
 * not say. Without a justification it is a warning that lays out the trade-off from the strategy table;
 * with one, it is info so that reviewers still see it.
 */
export function choiceFindings(
  f: Facts,
  s: StrategyRecommendation,
  d: DataApproachRecommendation,
): Finding[] {
  const out: Finding[] = [];
  const justified = f.plan.strategy.justification.trim() !== '';
  const rec = STRATEGY_LABEL[s.recommended];
  if (s.chosen === null) {
    out.push(
      finding(
        leadRule(s.ruleIds, 'ST-03'),
        'info',
        'strategy.deployment',
        `No deployment strategy is chosen yet; the engine recommends ${rec}.`,
        `Choose a strategy; ${rec} fits this plan best.`,
      ),
    );
  } else if (s.differs) {
    const chosen = STRATEGY_LABEL[s.chosen];
    const tradeOff = `Chosen: ${RULES[TABLE_ID[s.chosen]].specText}. Recommended: ${RULES[TABLE_ID[s.recommended]].specText}.`;
    out.push(
      finding(
        leadRule(s.ruleIds, TABLE_ID[s.recommended]),
        justified ? 'info' : 'warning',
        justified ? 'strategy.justification' : 'strategy.deployment',
        `The plan chooses ${chosen}, but the rules recommend ${rec} (${s.ruleIds.join(', ')}). ${tradeOff}`,
        justified
          ? 'The justification is recorded; make sure the ADR explains the trade-off.'
          : `Write a justification for ${chosen} over ${rec}, or switch to ${rec}.`,
      ),
    );
  }
  if (d.recommended === 'none' && d.chosen === null) return out;
  const recA = APPROACH_LABEL[d.recommended];
  if (d.chosen === null) {
    out.push(
      finding(
        leadRule(d.ruleIds, 'DA-01'),
        'info',
        'strategy.dataApproach',
        `No data migration approach is chosen yet; the engine recommends ${recA}.`,
        `Choose a data approach; ${recA} fits this plan best.`,
      ),
    );
  } else if (d.differs) {
    const chosenA = APPROACH_LABEL[d.chosen];
    out.push(
      finding(
        leadRule(d.ruleIds, 'DA-01'),
        justified ? 'info' : 'warning',
        justified ? 'strategy.justification' : 'strategy.dataApproach',
        `The plan chooses ${chosenA}, but the rules recommend ${recA} (${d.ruleIds.join(', ')}).`,
        justified
          ? 'The justification is recorded; make sure the ADR explains the trade-off.'
          : `Write a justification for ${chosenA} over ${recA}, or switch to ${recA}.`,
      ),
    );
  }
  return out;
}

/**
 * DC-04, DC-05, DC-08 and DC-09 as findings. DC-01..DC-03 act through the recommendations, DC-06
 * beside GR-05 (guardrails-compat.ts) and DC-07 per phase (window-findings.ts).
 */
export function criteriaFindings(f: Facts): Finding[] {
  const out: Finding[] = [];
  const { assessment, execution } = f.plan;
  if (f.large && assessment.throughput.batchSize === null) {
    out.push(
      finding(
        'DC-04',
        'warning',
        'assessment.throughput.batchSize',
        `${formatCount(f.shape.copyRows)} rows to copy is a large dataset (over 100M) and no batch size is set.`,
        batchingAdvice(f),
      ),
    );
  }
  if (f.backwardCompatible === 'yes' && execution.phases.length > 0) {
    if (execution.phases[0]?.kind !== 'expand') {
      out.push(
        finding(
          'DC-05',
          'warning',
          'execution.phases[0].kind',
          'The schema change is backward-compatible but the plan does not start with an expand phase.',
          'Apply the schema change first in an expand phase, then deploy the new code.',
        ),
      );
    }
  }
  const latest = f.tests.latestStaging;
  if (latest) {
    const at = `rollback.tests[${latest.index}]`;
    const where = `${latest.test.environment} on ${latest.test.date}`;
    if (latest.test.result === 'pass') {
      out.push(
        finding(
          'DC-08',
          'info',
          at,
          `Rollback tested successfully in staging (${where}): proceed to the production migration.`,
          'Keep the test record with the plan.',
        ),
      );
    } else {
      out.push(
        finding(
          'DC-09',
          'blocker',
          `${at}.result`,
          `The latest staging rollback test (${where}) failed.`,
          'Fix the rollback procedure and pass a new staging test before scheduling the production migration.',
        ),
      );
    }
  }
  const local = f.tests.latestLocal;
  if (local && local.test.result === 'fail') {
    // The rehearsal's notes start "Verdict: fail. <differences>"; the differences are the message.
    const detail =
      local.test.notes
        .split('\n')[0]
        ?.replace(/^Verdict: fail\.\s*/, '')
        .trim() ?? '';
    out.push(
      finding(
        'DC-09',
        'blocker',
        `rollback.tests[${local.index}].result`,
        `The latest local rollback rehearsal (${local.test.environment} on ${local.test.date}) failed${detail ? `: ${detail}` : '.'}`,
        'Fix the rollback script and rehearse again; a local pass still does not replace the staging test.',
      ),
    );
  }
  return out;
}
