import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { ordersTable } from '../domain/testing/plan-parts';
import { evaluate } from './evaluate';
import { NOW, planWith } from './testing/ready-plan';

describe('estimate', () => {
  it('sums rows and bytes, derives duration and batches, and compares with the window', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW },
    ).estimate;
    expect(e).toMatchObject({
      totalRows: 500_000,
      totalBytes: 50_000_000,
      batches: 50,
      windowHours: 2,
      fitsWindow: true,
    });
    expect(e.durationHours).toBeCloseTo(500 / 3600, 10);
  });

  it('is unknown without measured throughput, and falls back to the scheduled downtime window', () => {
    const e = evaluate(
      planWith((p) => {
        p.assessment.throughput.rowsPerSecond = null;
        p.assessment.maintenanceWindow.durationMinutes = null;
        p.assessment.downtime = { kind: 'scheduled-window', windowMinutes: 90, agreedBy: 'x' };
      }),
      { now: NOW },
    ).estimate;
    // The backfill is pausable and online: nothing runs inside the window, so it fits.
    expect(e).toMatchObject({ durationHours: null, fitsWindow: true, windowHours: 1.5, inWindowHours: 0 });
    const inWindow = evaluate(
      planWith((p) => {
        p.assessment.throughput.rowsPerSecond = null;
        p.assessment.maintenanceWindow.durationMinutes = null;
        p.assessment.downtime = { kind: 'scheduled-window', windowMinutes: 90, agreedBy: 'x' };
        p.execution.phases[1]!.timing = 'in-window';
        p.execution.phases[1]!.durationMinutes = null;
      }),
      { now: NOW },
    ).estimate;
    expect(inWindow).toMatchObject({ durationHours: null, fitsWindow: null, inWindowHours: null });
  });

  it('holds only in-window work against the window; online phases get their own estimate', () => {
    const e = evaluate(
      planWith((p) => {
        p.assessment.components[0]!.rows = 100_000_000;
        p.assessment.maintenanceWindow.durationMinutes = 30;
      }),
      { now: NOW },
    ).estimate;
    // 100M rows at 1,000 rows/s is 27.8 h of copying, online and pausable: it never exceeds the window.
    expect(e.copyTiming).toBe('online');
    expect(e.fitsWindow).toBe(true);
    expect(e.phases.find((x) => x.phaseId === 'p2')).toMatchObject({ timing: 'online', copy: true });
    expect(e.phases.find((x) => x.phaseId === 'p2')?.hours).toBeCloseTo(100_000_000 / 1000 / 3600, 5);
    expect(e.onlineHours).toBeGreaterThan(27);
  });

  it('lays out phases at their planned starts with a soak of at least 24 h before the contract phase', () => {
    const e = evaluate(
      planWith((p) => {
        p.execution.soakHours = 6;
      }),
      { now: NOW },
    ).estimate;
    expect(e.timeline.map((t) => [t.phaseId, t.kind, t.startOffsetHours, t.durationHours])).toEqual([
      ['p1', 'phase', 0, 0.5],
      ['p2', 'phase', 0.5, 1],
      [null, 'soak', 1.5, 24],
      ['p3', 'phase', 31, 10 / 60],
    ]);
  });

  it('places phases without start times one after another', () => {
    const e = evaluate(
      planWith((p) => {
        for (const ph of p.execution.phases) ph.plannedStart = null;
        p.assessment.maintenanceWindow.start = null;
      }),
      { now: NOW },
    ).estimate;
    expect(e.timeline.map((t) => t.startOffsetHours)).toEqual([0, 0.5, 1.5, 25.5]);
  });
});

describe('component roles', () => {
  it('counts only migrating components in the volume', () => {
    const plan = createBlankPlan({ id: 'p', now: new Date('2026-11-25T00:00:00Z') });
    plan.assessment.components = [
      ordersTable(1_000, { id: 'a', avgRowBytes: 10 }),
      ordersTable(9_000, { id: 'b', name: 'items', role: 'consumer', avgRowBytes: 10 }),
    ];
    const e = evaluate(plan, { now: new Date('2026-11-25T00:00:00Z') });
    expect(e.estimate.totalRows).toBe(1_000);
    expect(e.estimate.totalBytes).toBe(10_000);
  });
});
