import { z } from 'zod';
import { Assessment } from './assessment';
import { Execution } from './execution';
import { PLAN_FORMAT_VERSION, PLAN_KIND } from './format';
import { Day, Id, ShortText, Text, Timestamp } from './primitives';
import { Rollback } from './rollback';
import { AuditEntry, RunState } from './run';
import { Strategy } from './strategy';
import { DEFAULT_TIME_ZONE, TimeZoneName } from './time-zone';

export const Plan = z.object({
  kind: z.literal(PLAN_KIND),
  formatVersion: z.literal(PLAN_FORMAT_VERSION),
  id: Id,
  title: ShortText.min(1, 'a plan needs a title'),
  summary: Text(10_000).default(''),
  owners: z.array(ShortText.min(1, 'an owner needs a name')).max(100).default([]),
  targetDate: Day.nullable().default(null),
  /**
   * The zone the exports show times in (runbook, ADR, review, stakeholder updates). A new plan takes the
   * zone of the browser it was created in; a file without one is read as UTC.
   */
  timeZone: TimeZoneName.default(DEFAULT_TIME_ZONE),
  createdAt: Timestamp,
  assessment: Assessment.default(() => Assessment.parse({})),
  strategy: Strategy.default(() => Strategy.parse({})),
  rollback: Rollback.default(() => Rollback.parse({})),
  execution: Execution.default(() => Execution.parse({})),
  run: RunState.default(() => RunState.parse({})),
  auditLog: z.array(AuditEntry).max(100_000).default([]),
});

/** A complete, validated plan with every default filled. */
export type Plan = z.infer<typeof Plan>;
/** What a plan file may omit: the pipeline fills the defaults. */
export type PlanInput = z.input<typeof Plan>;
