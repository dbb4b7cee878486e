import type { MetricsSample, Plan, RollbackTrigger } from '../domain';
import type { FiredTrigger, TriggerEvaluation, UnevaluableTrigger } from './types';

type Reading = { observed: number | null; baseline: number | null; label: string };

function reading(trigger: RollbackTrigger, sample: MetricsSample): Reading | null {
  switch (trigger.metric) {
    case 'error-rate':
      return {
        observed: sample.errorRatePercent,
        baseline: sample.errorRateBaselinePercent,
        label: 'error rate',
      };
    case 'latency-p99':
      return { observed: sample.latencyP99Ms, baseline: sample.latencyP99BaselineMs, label: 'p99 latency' };
    case 'downstream-failures':
      return {
        observed: sample.downstreamFailures,
        baseline: sample.downstreamFailuresBaseline,
        label: 'downstream failures',
      };
    default:
      return null;
  }
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Which enabled triggers the sample fires. Semantics of baselineMode (the spec's "> 5%" is ambiguous,
 * so the plan says which reading it means):
 * - relative-percent: observed > baseline × (1 + threshold / 100); a 0 baseline fires on any value above 0.
 * - percentage-points: observed > baseline + threshold.
 * - absolute: observed > threshold. For downstream failures the spec speaks of *increased* failures
 *   (and the default RT-04 is "failures/min above baseline"), so there the observed value is the increase
 *   over the baseline when a baseline was recorded.
 * Comparisons are strict: the spec says "exceeds" and "> 5%". A missing value, a missing baseline for a
 * relative reading, a numeric trigger without a threshold, or a custom metric is reported in
 * notEvaluable rather than treated as a pass.
 */
export function evaluateTriggers(plan: Plan, sample: MetricsSample): TriggerEvaluation {
  const fired: FiredTrigger[] = [];
  const notEvaluable: UnevaluableTrigger[] = [];
  for (const trigger of plan.rollback.triggers) {
    if (!trigger.enabled) continue;
    const base = { ruleId: trigger.ruleId, triggerId: trigger.id, description: trigger.description };
    const skip = (reason: string): void => {
      notEvaluable.push({ ...base, reason });
    };
    if (trigger.metric === 'integrity-check') {
      if (sample.integrityFailed) {
        fired.push({
          ...base,
          observed: true,
          threshold: null,
          unit: trigger.unit,
          explanation: 'A data integrity check failed.',
        });
      }
      continue;
    }
    const r = reading(trigger, sample);
    if (r === null) {
      skip('A custom metric cannot be read from the metrics sample; check it by hand.');
      continue;
    }
    const t = trigger.threshold;
    if (t === null) {
      skip(`The trigger has no threshold for the ${r.label}.`);
      continue;
    }
    if (r.observed === null) {
      skip(`The sample has no ${r.label} value.`);
      continue;
    }
    let limit: number;
    let observed = r.observed;
    let how: string;
    if (trigger.baselineMode === 'absolute') {
      limit = t;
      if (trigger.metric === 'downstream-failures' && r.baseline !== null) {
        observed = r.observed - r.baseline;
        how = `${r.label} rose by ${num(observed)} over the baseline ${num(r.baseline)}, more than ${num(t)}${trigger.unit ? ` ${trigger.unit}` : ''}`;
      } else {
        how = `${r.label} ${num(observed)} is above ${num(t)}${trigger.unit ? ` ${trigger.unit}` : ''}`;
      }
    } else if (r.baseline === null) {
      skip(`The sample has no baseline for the ${r.label}, which a ${trigger.baselineMode} trigger needs.`);
      continue;
    } else if (trigger.baselineMode === 'relative-percent') {
      limit = r.baseline * (1 + t / 100);
      how = `${r.label} ${num(observed)} is more than ${num(t)}% above the baseline ${num(r.baseline)} (limit ${num(limit)})`;
    } else {
      limit = r.baseline + t;
      how = `${r.label} ${num(observed)} is more than ${num(t)} points above the baseline ${num(r.baseline)} (limit ${num(limit)})`;
    }
    if (observed > limit) {
      fired.push({
        ...base,
        observed,
        threshold: t,
        unit: trigger.unit,
        explanation: `${how[0]?.toUpperCase() ?? ''}${how.slice(1)}: roll back now (DC-10).`,
      });
    }
  }
  return { fired, rollBackNow: fired.length > 0, notEvaluable };
}
