import { describe, expect, it } from 'vitest';
import { countRows, errorOf, exampleForRun, ok } from './testing';
import { MetricsSample, Plan } from '../../domain';
import { evaluate } from '..';
import { matchesSpec } from '../../domain/audit-line';
import { overrideHalt } from './halt';
import { tickStep } from './steps';
import { nextPhase, recordMetrics, recordRollback, startPhase, startRun } from './transitions';

const example = exampleForRun;
const at = (min: number) => new Date(Date.parse('2026-12-09T01:00:00Z') + min * 60_000);
const lag = (value: number) =>
  MetricsSample.parse({ at: '2026-12-09T01:00:00.000Z', custom: [{ triggerId: 'rt-c1', value }] });
const inPhase1 = () => ok(startPhase(ok(startRun(example(), at(0), '1h')), 'ph-1', at(1)));
const sampleAt = (plan: Plan, value: number, min: number) =>
  recordMetrics(plan, { ...lag(value), at: at(min).toISOString() }, at(min));

describe('a fired trigger latches', () => {
  it('halts the run with the trigger and its samples, through later healthy samples and a passing check', () => {
    let p = sampleAt(inPhase1(), 12, 2);
    expect(p.run.status).toBe('halted');
    const halt = p.run.triggerHalts[0]!;
    expect(halt).toMatchObject({ phaseId: 'ph-1', resumeStatus: 'running', resolvedAt: null });
    expect(halt.firings).toMatchObject([{ ruleId: 'RT-C1', triggerId: 'rt-c1', sampleIndexes: [0] }]);
    const line = p.auditLog.at(-1)!.line;
    expect(line).toMatch(
      /rollback-triggered: trigger=RT-C1, phase=1, observed=12 min, samples=1 — .*roll back now \(DC-10\)\.$/,
    );
    expect(matchesSpec(line)).toBe('rollback-triggered');

    p = sampleAt(p, 1, 3);
    p = countRows(p, 'ph-1', 'ic-1-1', 400_000_000, at(4));
    expect(p.run.status).toBe('halted');
    expect(p.run.triggerHalts).toHaveLength(1);
    expect(JSON.stringify(nextPhase(p, at(5)))).toContain('RT-C1 fired');
    expect(
      evaluate(p, { now: at(5) }).findings.filter((f) => f.severity === 'blocker' && f.ruleId === 'DC-10'),
    ).toHaveLength(1);
    // The plan round-trips through the schema as saved, so a reload keeps the halt.
    expect(Plan.parse(JSON.parse(JSON.stringify(p))).run.triggerHalts).toEqual(p.run.triggerHalts);
  });

  it('a rollback closes it, with its notes in the record and in the audit line', () => {
    let p = sampleAt(inPhase1(), 12, 2);
    p = recordRollback(
      p,
      { trigger: 'RT-C1', phaseId: 'ph-1', result: 'success', notes: 'slot dropped\nreplica re-seeded' },
      at(9),
    );
    expect(p.run.status).toBe('rolled-back');
    expect(p.run.triggerHalts[0]).toMatchObject({ resolution: 'rolled-back', samplesAtResolution: 1 });
    expect(p.run.rollbacks[0]?.notes).toBe('slot dropped\nreplica re-seeded');
    const line = p.auditLog.at(-1)!.line;
    expect(line).toMatch(
      /rollback-executed: trigger=RT-C1, phase=1, result=success — notes: slot dropped replica re-seeded$/,
    );
    expect(matchesSpec(line)).toBe('rollback-executed');
    // The run is over: later samples latch nothing.
    expect(sampleAt(p, 50, 10).run.triggerHalts).toHaveLength(1);
  });

  it('an override takes a named person and a reason, resumes the run, and the trigger can fire again', () => {
    let p = sampleAt(inPhase1(), 12, 2);
    expect(errorOf(overrideHalt(p, { by: ' ', reason: 'x' }, at(3)))).toContain('name');
    expect(errorOf(overrideHalt(p, { by: 'Priya Raman', reason: '' }, at(3)))).toContain('reason');
    p = ok(overrideHalt(p, { by: 'Priya Raman', reason: 'lag from the nightly vacuum, known' }, at(3)));
    expect(p.run.status).toBe('running');
    expect(p.run.triggerHalts[0]).toMatchObject({ resolution: 'overridden', overriddenBy: 'Priya Raman' });
    const line = p.auditLog.at(-1)!.line;
    expect(line).toMatch(
      /rollback-overridden: trigger=RT-C1, phase=1, by=Priya Raman — reason: lag from the nightly vacuum, known$/,
    );
    expect(matchesSpec(line)).toBe('rollback-overridden');
    p = sampleAt(p, 11, 4);
    expect(p.run.status).toBe('halted');
    expect(p.run.triggerHalts[1]?.firings[0]?.sampleIndexes).toEqual([1]);
  });

  it('an override leaves the run halted while a failed integrity check still holds it (FM-02)', () => {
    let p = countRows(inPhase1(), 'ph-1', 'ic-1-1', 1, at(2));
    p = sampleAt(p, 12, 3);
    expect(p.run.triggerHalts[0]?.resumeStatus).toBe('running');
    p = ok(overrideHalt(p, { by: 'Priya Raman', reason: 'lag understood' }, at(4)));
    expect(p.run.status).toBe('halted');
  });
});

describe('step-by-step execution', () => {
  it('ticks a step with the time and the operator, once', () => {
    const p = ok(tickStep(inPhase1(), 'ph-1', 's-1-2', at(5)));
    expect(p.run.phases[0]?.steps).toEqual([{ stepId: 's-1-2', at: at(5).toISOString(), by: 'Tomas Novak' }]);
    expect(p.auditLog.at(-1)?.line).toMatch(/step-completed: phase=1, step=2 ".+" — by Tomas Novak$/);
    expect(matchesSpec(p.auditLog.at(-1)!.line)).toBe('step-completed');
    expect(errorOf(tickStep(p, 'ph-1', 's-1-2', at(6)))).toContain('already');
    expect(errorOf(tickStep(p, 'ph-2', 's-2-1', at(6)))).toContain('Start the phase');
  });

  it('starting with open checklist items asks for a confirmation and logs it', () => {
    const plan = example();
    plan.execution.checklist = plan.execution.checklist.map((c, i) => (i < 2 ? { ...c, done: false } : c));
    expect(errorOf(startRun(plan, at(0), '1h'))).toBe(
      '2 of 6 checklist items are not ticked: confirm to start anyway.',
    );
    const p = ok(startRun(plan, at(0), '1h', { confirmedOpenChecklist: true }));
    const line = p.auditLog[0]!.line;
    expect(line).toMatch(
      /checklist-incomplete: open=2 of 6 "Backups verified and restorable\." "Rollback procedure tested in staging\." — confirmed by Tomas Novak$/,
    );
    expect(matchesSpec(line)).toBe('checklist-incomplete');
  });

  it('starting a phase before its planned start asks for a confirmation', () => {
    const p = ok(startRun(example(), at(-60 * 24 * 2), '1h'));
    expect(errorOf(startPhase(p, 'ph-1', at(-60 * 24 * 2)))).toContain(
      'planned to start at 2026-12-09T01:00',
    );
    const started = ok(startPhase(p, 'ph-1', at(-60 * 24 * 2), { confirmedEarly: true }));
    expect(started.auditLog.at(-2)?.line).toContain('early_by=48h 00m — confirmed by Tomas Novak');
  });
});
