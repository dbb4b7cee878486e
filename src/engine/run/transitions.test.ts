import { describe, expect, it } from 'vitest';
import { at, countRows, errorOf, exampleForRun, ok, passPhase, rowCount } from './testing';
import { Plan } from '../../domain';
import { matchesSpec } from '../../domain/audit-line';
import {
  approvePointOfNoReturn,
  completePhase,
  nextPhase,
  recordCheck,
  recordRollback,
  startPhase,
  startRun,
} from './transitions';
import { statusUpdate } from '../../exporters/status-update';

const example = exampleForRun;

describe('migration day', () => {
  it('runs the example from start through soak to contract, logging every action in the spec’s formats', () => {
    let p = ok(startRun(example(), at(0), '3h 42m'));
    p = passPhase(p, 'ph-1', 0);
    p = passPhase(p, 'ph-2', 1);
    expect(p.run.status).toBe('running');
    p = passPhase(p, 'ph-3', 5);
    expect(p.run.status).toBe('soaking');
    // The contract phase waits for the 24 h soak (GR-02) and for its approver (point of no return).
    expect(JSON.stringify(nextPhase(p, at(6)))).toContain('soak');
    expect(errorOf(startPhase(p, 'ph-4', at(30)))).toContain('point of no return');
    expect(errorOf(approvePointOfNoReturn(p, 'ph-4', 'Someone Else', at(30)))).toContain('Priya Raman');
    p = ok(approvePointOfNoReturn(p, 'ph-4', 'Priya Raman', at(30)));
    // Planned for 08:00 the next day: an hour early takes a confirmation, and it is logged.
    expect(errorOf(startPhase(p, 'ph-4', at(30)))).toContain('confirm to start it early');
    p = passPhase(p, 'ph-4', 30, true);
    expect(p.run.status).toBe('completed');
    expect(p.auditLog.find((e) => e.event === 'phase-early')?.line).toMatch(
      /phase-early: phase=4 "Contract: .*", planned_start=2026-12-10T08:00:00.000Z, early_by=1h 00m — confirmed by Tomas Novak$/,
    );
    const events = p.auditLog.map((e) => e.event);
    expect(events.slice(0, 2)).toEqual(['migration-assessed', 'strategy-selected']);
    expect(events).toContain('migration-completed');
    for (const e of p.auditLog) expect(matchesSpec(e.line), e.line).toBe(e.event);
    expect(Plan.safeParse(p).success).toBe(true);
  });

  it('refuses to complete a phase until its checks are recorded and pass, and halts on a failure', () => {
    let p = ok(startRun(example(), at(0), '1h'));
    p = ok(startPhase(p, 'ph-1', at(0)));
    expect(errorOf(completePhase(p, 'ph-1', at(0.1)))).toContain('GR-06');
    p = countRows(p, 'ph-1', 'ic-1-1', 399_999_000, at(0.1));
    expect(p.run.status).toBe('halted');
    expect(p.auditLog.at(-1)?.line).toContain('rows_expected=400000000, rows_actual=399999000');
    expect(statusUpdate(p, 'ph-1', at(0.1))).toContain('HALTED');
    expect(startPhase(p, 'ph-2', at(0.2))).toHaveProperty('error');
    // A later passing check resumes the phase, which can then complete.
    p = countRows(p, 'ph-1', 'ic-1-1', 400_000_000, at(0.2));
    expect(p.run.status).toBe('running');
    p = ok(completePhase(p, 'ph-1', at(0.3)));
    expect(statusUpdate(p, 'ph-1', at(0.3))).toMatch(
      /Phase 1\/4 "Expand: add id_new and sync trigger": completed[\s\S]*Next: phase 2/,
    );
  });

  it('does not pass an export check whose exports disagree beyond the values it records (headers, duplicates)', () => {
    let p = ok(startRun(example(), at(0), '1h'));
    p = ok(startPhase(p, 'ph-1', at(0)));
    const rows = { ...rowCount('ic-1-1', 400_000_000), checksumMatch: true };
    p = ok(recordCheck(p, 'ph-1', { ...rows, source: 'csv-export', exportsMatch: false }, at(0.1)));
    expect(p.run.phases.find((r) => r.phaseId === 'ph-1')?.checks.at(-1)?.passed).toBe(false);
    expect(p.run.status).toBe('halted');
    p = ok(recordCheck(p, 'ph-1', { ...rows, source: 'csv-export', exportsMatch: true }, at(0.2)));
    expect(p.run.status).toBe('running');
  });

  it('tells the stakeholders what follows a running phase: its own checks, then the next phase or the soak', () => {
    let p = ok(startRun(example(), at(0), '1h'));
    const first = ok(startPhase(p, 'ph-1', at(0)));
    const checks = first.execution.phases[0]!.integrityChecks.length;
    expect(statusUpdate(first, 'ph-1', at(0.1))).toContain(
      `Next: pass this phase's integrity checks (0 of ${checks} passed so far), then phase 2 "Migrate: batched backfill of id_new"`,
    );
    p = passPhase(p, 'ph-1', 0);
    p = passPhase(p, 'ph-2', 1);
    p = ok(startPhase(p, 'ph-3', at(5)));
    // Phase 4 is the contract: the soak comes first (GR-02).
    expect(statusUpdate(p, 'ph-3', at(5.1))).toMatch(
      /Next: pass this phase's integrity checks \(0 of \d+ passed so far\), then the 24 h soak, before the contract phases \(GR-02\)\.$/m,
    );
  });

  it('records an executed rollback', () => {
    let p = ok(startRun(example(), at(0), '1h'));
    p = ok(startPhase(p, 'ph-1', at(0)));
    p = recordRollback(p, { trigger: 'RT-01', phaseId: 'ph-1', result: 'success', notes: '' }, at(0.5));
    expect(p.run.status).toBe('rolled-back');
    expect(p.auditLog.at(-1)?.line).toMatch(/rollback-executed: trigger=RT-01, phase=1, result=success$/);
    // The run is over: the phase it stopped in neither records checks nor completes.
    expect(errorOf(recordCheck(p, 'ph-1', rowCount('ic-1-1', 400_000_000), at(0.6)))).toContain(
      'rolled back',
    );
    expect(errorOf(completePhase(p, 'ph-1', at(0.6)))).toContain('rolled back');
  });

  it('needs an operator and phases to start', () => {
    expect(
      errorOf(startRun({ ...example(), run: { ...example().run, operator: '' } }, at(0), '1h')),
    ).toContain('who is running');
  });
});
