import { BUILTIN_CHECKLIST, type ChecklistItem } from './execution';
import { PLAN_FORMAT_VERSION, PLAN_KIND } from './format';
import { Plan } from './plan';
import type { RollbackTrigger } from './rollback';
import { TimeZoneName } from './time-zone';

/** The spec's four default rollback triggers (RT-01..RT-04), thresholds as the spec states them. */
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
    },
  ];
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
