import { describe, expect, it } from 'vitest';
import { PhaseRun, type Phase, type Plan, type RollbackMechanism } from '../domain';
import { loadExamplePlan } from '../domain/testing/example-plan';
import { phaseMechanism, rollbackForPhase, rollbackReach } from './rollback-availability';

/** The example as a plan that names no per-phase mechanism (every format-1 plan): its procedures apply. */
const example = (): Plan => {
  const plan = loadExamplePlan();
  plan.execution.phases = plan.execution.phases.map((p) => ({ ...p, rollbackMechanism: 'unknown' }));
  return plan;
};
const now = new Date('2026-12-09T02:00:00Z');

/** Gives the plan's phase at `index` its own rollback mechanism, usable for `hours` (null: until a later phase ends it). */
function giveOwnMechanism(
  plan: Plan,
  index: number,
  mechanism: RollbackMechanism,
  hours: number | null,
): Phase {
  const own = {
    ...plan.execution.phases[index]!,
    rollbackMechanism: mechanism,
    rollbackAvailableHours: hours,
  };
  plan.execution.phases[index] = own;
  return own;
}

describe('the rollback for the phase in progress', () => {
  it('is the plan’s procedure before the point of no return, the backup from it on', () => {
    const plan = example();
    expect(rollbackForPhase(plan, 'ph-2')).toMatchObject({ source: 'plan', mechanism: null });
    expect(rollbackForPhase(plan, 'ph-2').procedure.services).toContain('Flip flag orders.read_id_new off');
    expect(rollbackForPhase(plan, 'ph-4')).toMatchObject({ source: 'backup', backupLastResort: true });
  });

  it('prefers the phase’s own mechanism when the plan has one', () => {
    const plan = example();
    const withOwn = giveOwnMechanism(plan, 2, 'flag-back', 2);
    expect(phaseMechanism(withOwn)).toEqual({ mechanism: 'flip the flag back', availableHours: 2 });
    expect(rollbackForPhase(plan, 'ph-3')).toMatchObject({
      source: 'phase',
      mechanism: 'flip the flag back',
    });
    const none = { ...withOwn, rollbackMechanism: 'none' as const };
    const reverse = {
      ...withOwn,
      rollbackMechanism: 'reverse-replication' as const,
      rollbackAvailableHours: null,
    };
    expect(phaseMechanism(none)).toBeNull();
    expect(
      rollbackForPhase({ ...plan, execution: { ...plan.execution, phases: [none] } }, none.id),
    ).toMatchObject({
      source: 'backup',
    });
    expect(phaseMechanism(reverse)).toEqual({
      mechanism: 'reverse replication',
      availableHours: null,
    });
  });
});

describe('the example plan (format 2) names each phase’s mechanism', () => {
  it('shows the phase’s own rollback on a halt', () => {
    const plan = loadExamplePlan();
    expect(rollbackForPhase(plan, 'ph-2')).toMatchObject({ source: 'phase', mechanism: 'revert the deploy' });
    expect(rollbackForPhase(plan, 'ph-4')).toMatchObject({
      source: 'phase',
      mechanism: 'restore from backup',
    });
  });
});

describe('time to the point of no return', () => {
  it('lists the plan’s procedures until the point-of-no-return phase starts, and the backup always', () => {
    const r = rollbackReach(example(), now);
    expect(r.ponr).toMatchObject({ phaseNumber: 4, plannedStart: '2026-12-10T08:00:00.000Z', passed: false });
    expect(r.mechanisms.map((m) => [m.name, m.available, m.until])).toEqual([
      ['Database rollback', true, '2026-12-10T08:00:00.000Z'],
      ['Services rollback', true, '2026-12-10T08:00:00.000Z'],
      ['Data rollback', true, '2026-12-10T08:00:00.000Z'],
      ['Fall back to the source data', true, '2026-12-10T08:00:00.000Z'],
      ['Restore from the verified backup', true, null],
    ]);
  });

  it('once the point-of-no-return phase started only the backup is left', () => {
    const plan = example();
    plan.run.phases = [
      { ...plan.run.phases[0]!, phaseId: 'ph-4', status: 'running', startedAt: now.toISOString() },
    ];
    plan.run.phases = plan.run.phases.length ? plan.run.phases : [];
    const r = rollbackReach(plan, now);
    expect(r.ponr?.passed).toBe(true);
    expect(r.mechanisms.filter((m) => m.available).map((m) => m.name)).toEqual([
      'Restore from the verified backup',
    ]);
  });

  it('a phase’s own mechanism lasts its hours from the phase’s completion', () => {
    const plan = example();
    giveOwnMechanism(plan, 0, 'revert-deploy', 1);
    plan.run.phases = [
      PhaseRun.parse({
        phaseId: 'ph-1',
        status: 'completed',
        startedAt: '2026-12-09T01:00:00.000Z',
        completedAt: '2026-12-09T01:30:00.000Z',
      }),
    ];
    const own = (at: string) => rollbackReach(plan, new Date(at)).mechanisms[0];
    expect(own('2026-12-09T02:00:00Z')).toMatchObject({
      name: 'Undo phase 1: revert the deploy',
      until: '2026-12-09T02:30:00.000Z',
      available: true,
    });
    expect(own('2026-12-09T02:31:00Z')?.available).toBe(false);
  });
});
