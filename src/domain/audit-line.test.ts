import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';
import { Plan } from './plan';
import { appendAudit, auditEntry, formatDuration, matchesSpec, type AuditInput } from './audit-line';

const AT = new Date('2026-12-09T01:00:00.000Z');

const samples: AuditInput[] = [
  { event: 'migration-assessed', scope: 'schema+data', components: 5, estimatedDuration: '3h 42m' },
  { event: 'strategy-selected', strategy: 'canary', rationale: 'Zero downtime on a stateful table' },
  { event: 'rollback-tested', environment: 'staging-eu1', result: 'pass' },
  { event: 'phase-started', phaseNumber: 1, phaseName: 'Expand', operator: 'Tomas Novak' },
  { event: 'integrity-check', phaseNumber: 1, rowsExpected: 400, rowsActual: 400, checksum: 'match' },
  { event: 'phase-completed', phaseNumber: 1, phaseName: 'Expand', duration: '18m 02s' },
  { event: 'rollback-executed', trigger: 'RT-01', phaseNumber: 2, result: 'success' },
  { event: 'migration-completed', totalDuration: '5h 10m', soakPeriodStart: '2026-12-09T06:10:00.000Z' },
];

describe('audit log', () => {
  it('renders each of the spec’s eight lines exactly', () => {
    const lines = samples.map((s) => auditEntry(AT, s).line);
    expect(lines).toEqual([
      '[2026-12-09T01:00:00.000Z] migration-assessed: scope=schema+data, components=5, estimated_duration=3h 42m',
      '[2026-12-09T01:00:00.000Z] strategy-selected: canary — rationale: Zero downtime on a stateful table',
      '[2026-12-09T01:00:00.000Z] rollback-tested: environment=staging-eu1, result=pass',
      '[2026-12-09T01:00:00.000Z] phase-started: phase=1 "Expand" — started by Tomas Novak',
      '[2026-12-09T01:00:00.000Z] integrity-check: phase=1, rows_expected=400, rows_actual=400, checksum=match',
      '[2026-12-09T01:00:00.000Z] phase-completed: phase=1 "Expand" — duration=18m 02s',
      '[2026-12-09T01:00:00.000Z] rollback-executed: trigger=RT-01, phase=2, result=success',
      '[2026-12-09T01:00:00.000Z] migration-completed: total_duration=5h 10m, soak_period_start=2026-12-09T06:10:00.000Z',
    ]);
    for (const [i, line] of lines.entries()) expect(matchesSpec(line)).toBe(samples[i]!.event);
  });

  it('folds newlines in typed values so one entry stays one line', () => {
    const line = auditEntry(AT, {
      event: 'phase-started',
      phaseNumber: 2,
      phaseName: 'Evil\n[2026-01-01T00:00:00.000Z] rollback-executed: trigger=x',
      operator: 'a\r\nb',
    }).line;
    expect(line.split('\n')).toHaveLength(1);
    expect(matchesSpec(line)).toBe('phase-started');
  });

  it('appends without rewriting and stays a valid plan', () => {
    let plan = createBlankPlan({ id: 'p', now: AT });
    for (const s of samples) plan = appendAudit(plan, AT, s);
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.auditLog.map((e) => e.event)).toEqual(samples.map((s) => s.event));
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(843_000)).toBe('14m 03s');
    expect(formatDuration(7_500_000)).toBe('2h 05m');
  });
});
