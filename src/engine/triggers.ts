import type { MetricsSample, Plan, RollbackTrigger } from '../domain';
import { firingRuleText, judgeSample, type SampleJudgement } from './trigger-condition';
import type { FiredTrigger, TriggerEvaluation, UnevaluableTrigger } from './types';

/**
 * Which enabled triggers one sample is bad for (its condition: direction, threshold, floor), ignoring how
 * many bad samples a trigger needs. It answers "is this sample within the thresholds?" (SC-05, SC-06); whether
 * a trigger fires is `pendingFirings`, over the run's samples.
 */
export function evaluateTriggers(plan: Plan, sample: MetricsSample): TriggerEvaluation {
  const fired: FiredTrigger[] = [];
  const notEvaluable: UnevaluableTrigger[] = [];
  for (const trigger of plan.rollback.triggers) {
    if (!trigger.enabled) continue;
    const base = { ruleId: trigger.ruleId, triggerId: trigger.id, description: trigger.description };
    const j = judgeSample(trigger, sample);
    if (j.kind === 'not-evaluable') notEvaluable.push({ ...base, reason: j.reason });
    else if (j.kind === 'bad') fired.push(fired1(trigger, j, []));
  }
  return { fired, rollBackNow: fired.length > 0, notEvaluable };
}

const fired1 = (
  t: RollbackTrigger,
  j: Extract<SampleJudgement, { kind: 'bad' | 'ok' }>,
  sampleIndexes: number[],
): FiredTrigger => ({
  ruleId: t.ruleId,
  triggerId: t.id,
  description: t.description,
  observed: t.metric === 'integrity-check' ? true : j.observed,
  threshold: t.threshold,
  unit: t.unit,
  explanation: `${j.text}${sampleIndexes.length > 1 ? ` (${sampleIndexes.length} bad samples: ${firingRuleText(t)})` : ''}: roll back now (DC-10).`,
  sampleIndexes,
});

export type TriggerProgress = {
  trigger: RollbackTrigger;
  /** Indexes (into run.metrics) of the bad samples that count now. */
  bad: number[];
  /** How many bad samples fire it. */
  needed: number;
  /** Samples the trigger looks at: consecutive ones, or the last N judged. */
  window: number | null;
  /** The latest judged sample, or null when none since the trigger was last reset. */
  latest: (SampleJudgement & { index: number }) | null;
  /** The latest sample's reason when it could not judge this trigger. */
  notEvaluable: string | null;
  fires: boolean;
  /** Latched in the active halt: it stays fired whatever later samples say. */
  latched: boolean;
};

/** Samples before this index never count for the trigger again: it fired on them, or an override covered them. */
export function resetIndex(plan: Plan, triggerId: string): number {
  let from = 0;
  for (const halt of plan.run.triggerHalts) {
    const firing = halt.firings.find((f) => f.triggerId === triggerId);
    if (!firing) continue;
    from = Math.max(from, ...firing.sampleIndexes.map((i) => i + 1));
    if (halt.samplesAtResolution !== null) from = Math.max(from, halt.samplesAtResolution);
  }
  return from;
}

export const activeHalt = (plan: Plan) => plan.run.triggerHalts.find((h) => h.resolvedAt === null) ?? null;

/**
 * Where a trigger stands over the run's samples since it was last reset. Samples that cannot judge it (no
 * value, no baseline) are skipped: they neither count as bad nor break a run of consecutive bad samples.
 * - critical: the latest judged sample alone decides;
 * - consecutive (no window, or a window no larger than the count): the trailing bad samples;
 * - window W: the bad samples among the last W judged ones (Argo Rollouts counts failures the same way,
 *   over the whole analysis, with failureLimit = count − 1).
 */
export function triggerProgress(plan: Plan, t: RollbackTrigger): TriggerProgress {
  const samples = plan.run.metrics;
  const from = resetIndex(plan, t.id);
  const judged: Array<SampleJudgement & { index: number; kind: 'bad' | 'ok' }> = [];
  for (let i = from; i < samples.length; i += 1) {
    const sample = samples[i];
    if (!sample) continue;
    const j = judgeSample(t, sample);
    if (j.kind !== 'not-evaluable') judged.push({ ...j, index: i });
  }
  const lastSample = samples.at(-1);
  const lastJ = lastSample && samples.length - 1 >= from ? judgeSample(t, lastSample) : null;
  const needed = t.critical ? 1 : t.badSamplesToFire;
  const window =
    t.critical || t.badSamplesWindow === null || t.badSamplesWindow <= needed ? null : t.badSamplesWindow;
  let bad: number[];
  if (window === null) {
    const trailing: number[] = [];
    for (let k = judged.length - 1; k >= 0 && judged[k]?.kind === 'bad'; k -= 1)
      trailing.unshift(judged[k]?.index ?? 0);
    bad = trailing.slice(-needed);
  } else bad = judged.slice(-window).flatMap((j) => (j.kind === 'bad' ? [j.index] : []));
  const halt = activeHalt(plan);
  return {
    trigger: t,
    bad,
    needed,
    window,
    latest: judged.at(-1) ?? null,
    notEvaluable: lastJ?.kind === 'not-evaluable' ? lastJ.reason : null,
    fires: t.enabled && bad.length >= needed,
    latched: halt?.firings.some((f) => f.triggerId === t.id) ?? false,
  };
}

/**
 * Triggers that fire on the run's samples and are not latched yet: the run transitions latch these into a
 * halt. A trigger already in the active halt is not fired twice.
 */
export function pendingFirings(plan: Plan): FiredTrigger[] {
  const out: FiredTrigger[] = [];
  for (const t of plan.rollback.triggers) {
    if (!t.enabled) continue;
    const p = triggerProgress(plan, t);
    const lastBad = p.bad.at(-1);
    const sample = lastBad === undefined ? undefined : plan.run.metrics[lastBad];
    const j = sample ? judgeSample(t, sample) : null;
    if (!p.fires || p.latched || !j || j.kind === 'not-evaluable') continue;
    out.push(fired1(t, j, p.bad));
  }
  return out;
}
