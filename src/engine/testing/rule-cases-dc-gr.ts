import { expect } from 'vitest';
import { localRehearsal } from '../../domain/testing/plan-parts';
import { phase, sample, setTrigger, stateless, type Case } from './rule-case-helpers';

/** DC-01..DC-10 and GR-01..GR-08: what fires each rule and what keeps it quiet. */
export const DC_GR_CASES: Case[] = [
  { id: 'DC-01', fire: stateless, check: (e) => expect(e.strategy.recommended).toBe('rolling') },
  {
    id: 'DC-02',
    fire: () => {},
    quiet: (p) => {
      p.assessment.downtime.kind = 'under-1-hour';
    },
    check: (e) => expect(e.strategy.recommended).toBe('canary'),
  },
  {
    id: 'DC-03',
    fire: (p) => {
      p.assessment.downtime.kind = 'scheduled-window';
    },
    quiet: (p) => {
      p.assessment.downtime.kind = 'scheduled-window';
      p.assessment.maintenanceWindow.offPeak = false;
    },
    check: (e) => expect(e.strategy.recommended).toBe('big-bang'),
  },
  {
    id: 'DC-04',
    fire: (p) => {
      p.assessment.components[0]!.rows = 200_000_000;
      p.assessment.throughput.batchSize = null;
    },
    quiet: (p) => {
      p.assessment.components[0]!.rows = 200_000_000;
    },
    severity: 'warning',
  },
  {
    id: 'DC-05',
    fire: (p) => {
      phase(p, 0).kind = 'migrate';
    },
    quiet: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'unknown';
    },
    severity: 'warning',
  },
  {
    id: 'DC-06',
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
    },
    check: (e) => expect(e.dataApproach.recommended).toBe('expand-contract'),
  },
  {
    id: 'DC-07',
    // Only in-window work counts: the 60-min backfill exceeds a 5-min window once it runs inside it.
    fire: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
      phase(p, 1).timing = 'in-window';
    },
    quiet: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
    },
    severity: 'blocker',
    check: (e) => {
      expect(e.estimate.fitsWindow).toBe(false);
      expect(e.readiness.ready).toBe(false);
    },
    quietCheck: (e) => expect(e.estimate.fitsWindow).toBe(true),
  },
  {
    id: 'DC-08',
    fire: () => {},
    quiet: (p) => {
      p.rollback.tests = [];
    },
    severity: 'info',
  },
  {
    id: 'DC-09',
    fire: (p) => {
      p.rollback.tests.push({
        id: 't2',
        kind: 'staging',
        environment: 'staging',
        date: '2026-11-25',
        result: 'fail',
        productionLikeData: true,
        notes: '',
      });
    },
    severity: 'blocker',
  },
  {
    id: 'DC-10',
    fire: (p) => {
      p.run.status = 'running';
      p.run.metrics = [sample(10)];
    },
    quiet: (p) => {
      setTrigger(p, 'RT-04', { automatic: true });
      p.run.status = 'running';
      p.run.metrics = [sample(1.01)];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-01',
    fire: (p) => {
      p.rollback.tests = [localRehearsal({ id: 'l', environment: 'laptop', date: '2026-11-20' })];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-02',
    fire: (p) => {
      phase(p, 2).plannedStart = '2026-12-10T05:00:00.000Z';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-03',
    fire: (p) => {
      p.execution.checklist[0]!.done = false;
    },
    severity: 'blocker',
  },
  {
    id: 'GR-04',
    fire: (p) => {
      phase(p, 1).steps[0]!.sql = 'DROP TABLE old_accounts;';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-05',
    // Judged from what runs where: a rename in the online backfill phase breaks the old code.
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
      phase(p, 1).steps[0]!.sql = 'ALTER TABLE accounts RENAME COLUMN legacy_region TO old_region;';
    },
    severity: 'blocker',
    check: (e) =>
      expect(e.findings.find((f) => f.ruleId === 'GR-05')?.path).toBe('execution.phases[1].steps[0].sql'),
  },
  {
    id: 'GR-06',
    fire: (p) => {
      phase(p, 1).integrityChecks = [];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-07',
    fire: (p) => {
      p.assessment.stakeholderNoticeAt = '2026-12-09T00:00:00.000Z';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-08',
    fire: (p) => {
      p.rollback.tests = [];
    },
    severity: 'blocker',
  },
];
