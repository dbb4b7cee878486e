import { describe, expect, it } from 'vitest';
import { MetricsSample, RollbackTrigger, type Plan, type RollbackTrigger as Trigger } from '../domain';
import { evaluate } from './evaluate';
import { planWith } from './testing/ready-plan';
import { conditionText, judgeSample } from './trigger-condition';
import { evaluateTriggers, pendingFirings, resetIndex, triggerProgress } from './triggers';

const at = '2026-12-10T02:00:00.000Z';
const trig = (over: Partial<Trigger>): Trigger =>
  RollbackTrigger.parse({
    id: 'x',
    ruleId: 'RT-01',
    metric: 'error-rate',
    description: 'd',
    threshold: 5,
    unit: '%',
    baselineMode: 'relative-percent',
    automatic: true,
    floor: 0,
    ...over,
  });
const sample = (s: Partial<MetricsSample>) => MetricsSample.parse({ at, ...s });
const run = (t: Trigger, s: Partial<MetricsSample>) =>
  evaluateTriggers(
    planWith((p) => {
      p.rollback.triggers = [t];
    }),
    sample(s),
  );
const judge = (t: Trigger, s: Partial<MetricsSample>) => judgeSample(t, sample(s)).kind;
const err = (rate: number, base = 1) => ({ errorRatePercent: rate, errorRateBaselinePercent: base });
const running = (t: Trigger, samples: Array<Partial<MetricsSample>>): Plan =>
  planWith((p) => {
    p.rollback.triggers = [t];
    p.run.status = 'running';
    p.run.metrics = samples.map(sample);
  });

describe('a trigger on one sample', () => {
  it.each([
    // The spec's "> 5%" read three ways on a 2% baseline error rate.
    ['relative-percent', 2.11, true],
    ['relative-percent', 2.1, false],
    ['percentage-points', 7.01, true],
    ['percentage-points', 7, false],
    ['absolute', 5.5, true],
    ['absolute', 5, false],
  ] as const)('%s: error rate %f fires=%s', (mode, observed, fires) => {
    const r = run(trig({ baselineMode: mode }), err(observed, 2));
    expect(r.rollBackNow).toBe(fires);
    expect(r.fired.map((f) => f.ruleId)).toEqual(fires ? ['RT-01'] : []);
  });

  it('latency p99 +50% relative', () => {
    const t = trig({ ruleId: 'RT-02', metric: 'latency-p99', threshold: 50 });
    expect(run(t, { latencyP99Ms: 301, latencyP99BaselineMs: 200 }).rollBackNow).toBe(true);
    expect(run(t, { latencyP99Ms: 300, latencyP99BaselineMs: 200 }).rollBackNow).toBe(false);
  });

  it('integrity failure fires RT-03 with a boolean observation', () => {
    const t = trig({ ruleId: 'RT-03', metric: 'integrity-check', threshold: null, baselineMode: 'absolute' });
    expect(run(t, { integrityFailed: true }).fired[0]).toMatchObject({
      ruleId: 'RT-03',
      observed: true,
      threshold: null,
    });
    expect(run(t, { integrityFailed: false }).fired).toEqual([]);
  });

  it('downstream failures in absolute mode count the increase over the baseline', () => {
    const t = trig({
      ruleId: 'RT-04',
      metric: 'downstream-failures',
      threshold: 10,
      baselineMode: 'absolute',
    });
    expect(run(t, { downstreamFailures: 25, downstreamFailuresBaseline: 20 }).rollBackNow).toBe(false);
    expect(run(t, { downstreamFailures: 31, downstreamFailuresBaseline: 20 }).fired[0]?.observed).toBe(31);
    expect(run(t, { downstreamFailures: 11 }).rollBackNow).toBe(true);
  });

  it('disabled triggers never fire', () => {
    expect(run(trig({ enabled: false }), err(99)).fired).toEqual([]);
  });

  it('reports missing values as not evaluable instead of passing them', () => {
    const custom = run(trig({ ruleId: 'RT-C1', metric: 'custom' }), {});
    expect(custom.notEvaluable.map((n) => n.ruleId)).toEqual(['RT-C1']);
    expect(run(trig({}), { errorRatePercent: 3 }).notEvaluable[0]?.reason).toContain('baseline');
    expect(run(trig({}), {}).notEvaluable[0]?.reason).toContain('no error rate value');
  });

  it('under DC-10 any fired trigger means roll back now, manual or automatic', () => {
    const r = run(trig({ automatic: false }), err(9));
    expect(r.rollBackNow).toBe(true);
    expect(r.fired[0]?.explanation).toContain('roll back now (DC-10)');
  });
});

describe('direction', () => {
  const success = (over: Partial<Trigger>) =>
    trig({ ruleId: 'RT-C1', metric: 'custom', direction: 'decrease', unit: '%', ...over });
  const value = (v: number, baseline: number | null = null) => ({
    custom: [{ triggerId: 'x', value: v, baseline }],
  });

  it('a falling metric fires below its threshold, never above it', () => {
    const t = success({ threshold: 97, baselineMode: 'absolute' });
    expect(judge(t, value(96.9))).toBe('bad');
    expect(judge(t, value(97))).toBe('ok');
    expect(judge(t, value(99.9))).toBe('ok');
    expect(judge(trig({ ...t, direction: 'increase' }), value(99.9))).toBe('bad');
  });

  it('relative and point decreases are measured below the baseline', () => {
    const rel = success({ threshold: 2, baselineMode: 'relative-percent' });
    expect(judge(rel, value(97.9, 100))).toBe('bad');
    expect(judge(rel, value(98, 100))).toBe('ok');
    const pts = success({ threshold: 1.5, baselineMode: 'percentage-points' });
    expect(judge(pts, value(97.4, 99))).toBe('bad');
    expect(judge(pts, value(97.5, 99))).toBe('ok');
  });

  it('reads "<" in the exported condition, not ">"', () => {
    expect(conditionText(success({ threshold: 97, baselineMode: 'absolute' }))).toBe('< 97%');
    expect(conditionText(trig({ floor: null }))).toBe('> baseline + 5%, at least +0.1 points from baseline');
  });
});

describe('absolute floor', () => {
  it('RT-01 on a 1% baseline: +6% relative is only 0.06 points, under the default floor', () => {
    const t = trig({ floor: null });
    expect(judge(t, err(1.06))).toBe('ok');
    const j = judgeSample(t, sample(err(1.06)));
    expect(j.kind === 'ok' && j.text).toContain('under the floor 0.1 points');
    expect(judge(t, err(1.11))).toBe('bad');
    // A floor of 0 switches it off: the relative reading alone decides.
    expect(judge(trig({ floor: 0 }), err(1.06))).toBe('bad');
  });

  it('is inclusive ("at least") while the threshold is strict ("exceeds")', () => {
    const t = trig({ baselineMode: 'percentage-points', threshold: 0.05, floor: 0.1 });
    expect(judge(t, err(1.1))).toBe('bad');
    expect(judge(t, err(1.09))).toBe('ok');
  });

  it('latency: +50% of a 20 ms p99 is not enough without +20 ms', () => {
    const t = trig({ ruleId: 'RT-02', metric: 'latency-p99', threshold: 50, floor: null });
    expect(judge(t, { latencyP99Ms: 35, latencyP99BaselineMs: 20 })).toBe('ok');
    expect(judge(t, { latencyP99Ms: 41, latencyP99BaselineMs: 20 })).toBe('bad');
  });

  it('applies only where the sample has a baseline', () => {
    const t = trig({ baselineMode: 'absolute', threshold: 2, floor: 5 });
    expect(judge(t, { errorRatePercent: 2.5 })).toBe('bad');
    expect(judge(t, err(2.5, 1))).toBe('ok');
  });
});

describe('how many bad samples fire it', () => {
  const bad = err(3);
  const ok = err(1);
  it('consecutive: an ok sample between bad ones starts the count again', () => {
    const t = trig({ badSamplesToFire: 3 });
    expect(pendingFirings(running(t, [bad, bad, ok, bad, bad]))).toEqual([]);
    const fired = pendingFirings(running(t, [ok, bad, bad, bad]));
    expect(fired.map((f) => f.sampleIndexes)).toEqual([[1, 2, 3]]);
    expect(fired[0]?.explanation).toContain('3 consecutive bad samples');
  });

  it('a sample that cannot judge the trigger neither counts nor breaks the run', () => {
    const t = trig({ badSamplesToFire: 2 });
    expect(pendingFirings(running(t, [bad, { latencyP99Ms: 5 }, bad]))[0]?.sampleIndexes).toEqual([0, 2]);
  });

  it('within a window: N bad among the last W judged samples (Argo failureLimit = N − 1)', () => {
    const t = trig({ badSamplesToFire: 2, badSamplesWindow: 4 });
    expect(pendingFirings(running(t, [bad, ok, ok, bad]))[0]?.sampleIndexes).toEqual([0, 3]);
    expect(pendingFirings(running(t, [bad, ok, ok, ok, bad]))).toEqual([]);
    expect(triggerProgress(running(t, [bad, ok, ok, ok, bad]), t)).toMatchObject({ bad: [4], needed: 2 });
  });

  it('a window smaller than the count is read as consecutive samples, and the plan is told', () => {
    const t = trig({ badSamplesToFire: 3, badSamplesWindow: 2 });
    expect(pendingFirings(running(t, [bad, bad, bad]))).toHaveLength(1);
    expect(triggerProgress(running(t, [bad]), t).window).toBeNull();
    const findings = evaluate(running(t, []), { now: new Date(at) }).findings;
    expect(findings.find((f) => f.path === 'rollback.triggers[0].badSamplesWindow')?.message).toContain(
      'read as 3 consecutive samples',
    );
  });

  it('critical: one bad sample fires it, whatever the count', () => {
    const t = trig({ badSamplesToFire: 5, critical: true });
    expect(pendingFirings(running(t, [ok, bad]))[0]?.sampleIndexes).toEqual([1]);
    expect(conditionText(t)).toContain('critical: fires on one bad sample');
  });

  it('samples that fired a latched trigger, or that an override covered, never count again', () => {
    const t = trig({ badSamplesToFire: 2 });
    const plan = running(t, [bad, bad, bad]);
    plan.run.triggerHalts = [
      {
        at,
        phaseId: null,
        resumeStatus: 'running',
        firings: [{ at, triggerId: 'x', ruleId: 'RT-01', sampleIndexes: [0, 1], explanation: '' }],
        resolvedAt: at,
        resolution: 'overridden',
        overriddenBy: 'Priya',
        overrideReason: 'known spike',
        samplesAtResolution: 3,
      },
    ];
    expect(resetIndex(plan, 'x')).toBe(3);
    expect(pendingFirings(plan)).toEqual([]);
    plan.run.metrics.push(sample(bad), sample(bad));
    expect(pendingFirings(plan)[0]?.sampleIndexes).toEqual([3, 4]);
    // While its halt is open a latched trigger is not fired twice.
    plan.run.triggerHalts[0] = { ...plan.run.triggerHalts[0]!, resolvedAt: null, samplesAtResolution: null };
    expect(pendingFirings(plan)).toEqual([]);
  });
});

describe('custom triggers', () => {
  it('read their own value and baseline from the sample, by trigger id', () => {
    const t = trig({
      id: 'lag',
      ruleId: 'RT-C1',
      metric: 'custom',
      threshold: 10,
      unit: 'min',
      baselineMode: 'absolute',
    });
    expect(judge(t, { custom: [{ triggerId: 'lag', value: 12, baseline: null }] })).toBe('bad');
    expect(judge(t, { custom: [{ triggerId: 'other', value: 12, baseline: null }] })).toBe('not-evaluable');
    expect(conditionText(t)).toBe('> 10 min');
  });
});
