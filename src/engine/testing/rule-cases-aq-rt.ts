import { expect } from 'vitest';
import { criterion, phase, runPhases, sample, setTrigger, type Case } from './rule-case-helpers';

/** AQ-01..AQ-05, FM-01..FM-06, SC-01..SC-08 and RT-01..RT-04. */
export const AQ_RT_CASES: Case[] = [
  {
    id: 'AQ-01',
    fire: (p) => {
      p.assessment.downtime.kind = 'unspecified';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('maintenance window of 2 h'),
  },
  {
    id: 'AQ-02',
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
    },
    check: (e) =>
      expect(e.questions.find((q) => q.ruleId === 'AQ-02')?.text).toContain('(`Add accounts.region`)'),
  },
  {
    id: 'AQ-03',
    fire: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
      p.execution.phases[1]!.timing = 'in-window';
    },
    quiet: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
    },
    check: (e) =>
      expect(e.questions.find((q) => q.ruleId === 'AQ-03')?.text).toBe(
        'Estimated migration duration for `500,000` rows is `1 h`. The maintenance window is `5 min`. Should I break the migration into batches or extend the window?',
      ),
  },
  {
    id: 'AQ-04',
    fire: (p) => {
      p.assessment.components[1]!.ownerTeam = 'Edge';
      p.execution.coordinator = '';
    },
    quiet: (p) => {
      p.assessment.components[1]!.ownerTeam = 'Edge';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('teams `Core` and `Edge` are both affected'),
  },
  {
    id: 'AQ-05',
    fire: (p) => {
      p.rollback.pointOfNoReturn.approver = '';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('After phase `Contract`'),
  },
  {
    id: 'FM-01',
    fire: (p) => {
      phase(p, 1).pausable = false;
    },
  },
  {
    id: 'FM-02',
    fire: (p) => {
      setTrigger(p, 'RT-03', { enabled: false });
    },
  },
  {
    id: 'FM-03',
    fire: (p) => {
      p.rollback.procedures.backupLastResort = false;
    },
  },
  {
    id: 'FM-04',
    fire: (p) => {
      p.strategy.featureFlagRouting = false;
    },
  },
  {
    id: 'FM-05',
    fire: (p) => {
      p.strategy.dataApproach = 'dual-write';
    },
    quiet: (p) => {
      p.strategy.dataApproach = 'dual-write';
      p.strategy.reconciliationJob = true;
    },
  },
  {
    id: 'FM-06',
    fire: (p) => {
      p.execution.checklist[4]!.done = false;
    },
  },
  {
    id: 'SC-01',
    fire: (p) => {
      phase(p, 0).owner = '';
    },
  },
  {
    id: 'SC-02',
    fire: (p) => {
      Object.assign(p.rollback.procedures, { database: '', services: '', data: '' });
    },
  },
  {
    id: 'SC-03',
    fire: (p) => {
      p.execution.checklist[1]!.verifiedBy = '';
    },
  },
  {
    id: 'SC-04',
    fire: (p) => runPhases(p, false),
    quiet: (p) => runPhases(p, true),
    quietCheck: (e) => expect(criterion(e, 'SC-04')).toBe('met'),
  },
  {
    id: 'SC-05',
    fire: (p) => {
      p.run.status = 'completed';
      p.run.metrics = [sample(10)];
    },
    quiet: (p) => {
      p.run.status = 'completed';
      p.run.metrics = [sample(1)];
    },
    quietCheck: (e) => expect(criterion(e, 'SC-05')).toBe('met'),
  },
  {
    id: 'SC-06',
    fire: (p) => {
      p.execution.soakHours = 12;
    },
    quiet: (p) => {
      p.run.soakStartedAt = '2026-12-01T00:00:00.000Z';
    },
    quietCheck: (e) => expect(criterion(e, 'SC-06')).toBe('met'),
  },
  {
    id: 'SC-07',
    fire: (p) => {
      p.rollback.procedures.sourcePreserved = false;
    },
    quiet: (p) => {
      p.run.status = 'completed';
    },
    quietCheck: (e) => expect(criterion(e, 'SC-07')).toBe('met'),
  },
  {
    id: 'SC-08',
    fire: (p) => runPhases(p, true),
    quiet: (p) => {
      runPhases(p, true);
      p.run.stakeholderUpdates = p.execution.phases.map((ph) => ({
        at: '2026-12-10T02:00:00.000Z',
        phaseId: ph.id,
        text: 'done',
      }));
    },
    quietCheck: (e) => expect(criterion(e, 'SC-08')).toBe('met'),
  },
  {
    id: 'RT-01',
    fire: (p) => {
      setTrigger(p, 'RT-01', { enabled: false });
    },
    severity: 'warning',
  },
  {
    id: 'RT-02',
    fire: (p) => {
      p.rollback.triggers = p.rollback.triggers.filter((t) => t.ruleId !== 'RT-02');
    },
    severity: 'warning',
  },
  {
    id: 'RT-03',
    fire: (p) => {
      setTrigger(p, 'RT-03', { enabled: false });
    },
    severity: 'warning',
  },
  {
    id: 'RT-04',
    fire: (p) => {
      setTrigger(p, 'RT-04', { enabled: false });
    },
    severity: 'warning',
  },
];
