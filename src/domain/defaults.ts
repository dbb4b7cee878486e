import type { Component } from './assessment';
import { BUILTIN_CHECKLIST, type ChecklistItem, type Phase } from './execution';
import { PLAN_FORMAT_VERSION, PLAN_KIND } from './format';
import { Plan } from './plan';
import { RollbackTrigger } from './rollback';
import { TimeZoneName } from './time-zone';

/**
 * The spec's four default rollback triggers (RT-01..RT-04), thresholds as the spec states them, each with an
 * absolute floor so that noise on a small baseline does not say "roll back now" (1.00% to 1.06% is +6%
 * relative but 0.06 points). Fields not given take the schema's defaults.
 */
export function defaultTriggers(): RollbackTrigger[] {
  return [
    {
      id: 'rt-01',
      ruleId: 'RT-01',
      metric: 'error-rate',
      description: 'Error rate exceeds baseline by > 5%.',
      threshold: 5,
      unit: '%',
      baselineMode: 'relative-percent',
      automatic: true,
      enabled: true,
      floor: 0.1,
    },
    {
      id: 'rt-02',
      ruleId: 'RT-02',
      metric: 'latency-p99',
      description: 'Latency p99 increases by > 50%.',
      threshold: 50,
      unit: '%',
      baselineMode: 'relative-percent',
      automatic: true,
      enabled: true,
      floor: 20,
    },
    {
      id: 'rt-03',
      ruleId: 'RT-03',
      metric: 'integrity-check',
      description: 'Data integrity check fails.',
      threshold: null,
      unit: '',
      baselineMode: 'absolute',
      automatic: true,
      enabled: true,
      critical: true,
    },
    {
      id: 'rt-04',
      ruleId: 'RT-04',
      metric: 'downstream-failures',
      description: 'Downstream service reports increased failures.',
      threshold: 0,
      unit: 'failures/min above baseline',
      baselineMode: 'absolute',
      automatic: false,
      enabled: true,
      floor: 1,
    },
  ].map((t) => RollbackTrigger.parse(t));
}

export function defaultChecklist(): ChecklistItem[] {
  return BUILTIN_CHECKLIST.map((item) => ({
    id: `chk-${item.key}`,
    builtin: item.key,
    label: item.label,
    done: false,
    verifiedBy: '',
  }));
}

/**
 * A new, empty plan. The id, the clock and the zone (the browser's) come from the caller so this stays
 * pure; a zone the plan format cannot hold (none should exist) leaves the plan in UTC.
 */
export function createBlankPlan(args: {
  id: string;
  now: Date;
  title?: string;
  timeZone?: string | undefined;
}): Plan {
  const zone = TimeZoneName.safeParse(args.timeZone);
  return Plan.parse({
    kind: PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    id: args.id,
    title: args.title ?? 'Untitled migration plan',
    createdAt: args.now.toISOString(),
    ...(zone.success ? { timeZone: zone.data } : {}),
    rollback: { triggers: defaultTriggers() },
    execution: { checklist: defaultChecklist() },
  });
}

/**
 * A plan started from a shipped template is a new plan: it takes the zone of the browser it is made in,
 * as a blank one does. A zone the plan format cannot hold leaves the template's.
 */
export function inTimeZone(plan: Plan, timeZone: string | undefined): Plan {
  const zone = TimeZoneName.safeParse(timeZone);
  return zone.success ? { ...plan, timeZone: zone.data } : plan;
}

/** Format v2's facts about how a datastore migrates, not yet known: spread into hand-built components. */
export const COMPONENT_MOVE_UNKNOWN = {
  move: 'unknown',
  changeSync: 'unknown',
  readsPerSecond: null,
  writesPerSecond: null,
} as const satisfies Pick<Component, 'move' | 'changeSync' | 'readsPerSecond' | 'writesPerSecond'>;

/** Format v2's facts about how a phase runs, not yet known: spread into hand-built phases. */
export const PHASE_RUN_UNKNOWN = {
  timing: 'unknown',
  rollbackMechanism: 'unknown',
  rollbackAvailableHours: null,
} as const satisfies Pick<Phase, 'timing' | 'rollbackMechanism' | 'rollbackAvailableHours'>;
