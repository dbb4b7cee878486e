import { APPROACH_LABEL, STRATEGY_LABEL } from './choice-labels';
import type { Facts } from './facts';
import { finding } from './finding';
import { formatCount } from './format';
import { batchingAdvice } from './remedies';
import { isKnownRuleId, RULES } from './rules';
import { STRATEGY_RULE as TABLE_ID } from './strategy';
import type { DeploymentStrategy } from '../domain';
import type { DataApproachRecommendation, Finding, RuleId, StrategyRecommendation } from './types';

function leadRule(ruleIds: readonly string[], fallback: RuleId): RuleId {
  const first = ruleIds[0];
  return first !== undefined && isKnownRuleId(first) ? first : fallback;
}

/** How a finding about one of the plan's two choices (strategy, data approach) names it. */
type ChoiceWords = {
  /** The choice's field under `strategy`. */
  field: 'deployment' | 'dataApproach';
  /** Its name in a sentence, and in the advice to choose one. */
  noun: string;
  short: string;
  /** The rules cited when the recommendation's own first rule is not in the catalog. */
  unchosenRule: RuleId;
  differingRule: RuleId;
};

/**
 * A choice that differs from the recommendation is never a blocker: people know things the plan does
 * not say. Without a justification it is a warning that lays out the trade-off (`tradeOff`, when the
 * spec's table says it); with one, it is info so that reviewers still see it.
 */
function choiceFinding<K extends string>(
  r: { recommended: K; chosen: K | null; differs: boolean; ruleIds: readonly string[] },
  label: Readonly<Record<K, string>>,
  words: ChoiceWords,
  justified: boolean,
  tradeOff = '',
): Finding[] {
  const rec = label[r.recommended];
  if (r.chosen === null) {
    return [
      finding(
        leadRule(r.ruleIds, words.unchosenRule),
        'info',
        `strategy.${words.field}`,
        `No ${words.noun} is chosen yet; the engine recommends ${rec}.`,
        `Choose ${words.short}; ${rec} fits this plan best.`,
      ),
    ];
  }
  if (!r.differs) return [];
  const chosen = label[r.chosen];
  return [
    finding(
      leadRule(r.ruleIds, words.differingRule),
      justified ? 'info' : 'warning',
      justified ? 'strategy.justification' : `strategy.${words.field}`,
      `The plan chooses ${chosen}, but the rules recommend ${rec} (${r.ruleIds.join(', ')}).${tradeOff && ` ${tradeOff}`}`,
      justified
        ? 'The justification is recorded; make sure the ADR explains the trade-off.'
        : `Write a justification for ${chosen} over ${rec}, or switch to ${rec}.`,
    ),
  ];
}

/** The strategy and the data approach as chosen, against what the engine recommends. */
export function choiceFindings(
  f: Facts,
  s: StrategyRecommendation,
  d: DataApproachRecommendation,
): Finding[] {
  const justified = f.plan.strategy.justification.trim() !== '';
  // The strategy table's rows, quoted, are the trade-off of another strategy.
  const row = (strategy: DeploymentStrategy) => RULES[TABLE_ID[strategy]].specText;
  const out = choiceFinding(
    s,
    STRATEGY_LABEL,
    {
      field: 'deployment',
      noun: 'deployment strategy',
      short: 'a strategy',
      unchosenRule: 'ST-03',
      differingRule: TABLE_ID[s.recommended],
    },
    justified,
    s.chosen === null ? '' : `Chosen: ${row(s.chosen)}. Recommended: ${row(s.recommended)}.`,
  );
  if (d.recommended === 'none' && d.chosen === null) return out;
  return [
    ...out,
    ...choiceFinding(
      d,
      APPROACH_LABEL,
      {
        field: 'dataApproach',
        noun: 'data migration approach',
        short: 'a data approach',
        unchosenRule: 'DA-01',
        differingRule: 'DA-01',
      },
      justified,
    ),
  ];
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
