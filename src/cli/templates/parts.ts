import type { z } from 'zod';
import {
  BUILTIN_CHECKLIST,
  defaultTriggers,
  type ChecklistItem,
  type DataApproach,
  type DeploymentStrategy,
  type IntegrityCheck,
  type Phase,
  type PlanInput,
  RollbackTrigger,
} from '../../domain';

export type PhaseInput = z.input<typeof Phase>;
type StepInput = NonNullable<PhaseInput['steps']>[number];

/**
 * One template: a worked plan for a common kind of migration, written as a senior engineer would
 * (phases, gates, triggers, rollback), and left as a fresh plan: no rollback test recorded, checklist
 * not ticked, no dates. Its sources are TypeScript so that the compiler checks them against the plan
 * format; `npm run templates` writes them to public/templates/ for the app, and `init` embeds them.
 */
export type TemplateSource = {
  id: string;
  /** The kind of migration, e.g. "MySQL online schema change with gh-ost": the app lists templates by it. */
  name: string;
  /** The plan's own title: a worked example of that kind. */
  title: string;
  /** One line, shown beside the template in the app and by `init --list`. */
  description: string;
  /** What this template is an example of; the template test holds the engine's advice against it. */
  intended: { strategy: DeploymentStrategy; dataApproach: DataApproach };
  plan: Omit<PlanInput, 'kind' | 'formatVersion' | 'id' | 'createdAt' | 'title'>;
};

type ComponentInput = NonNullable<NonNullable<PlanInput['assessment']>['components']>[number];
/**
 * What a template says of a datastore (format 2): its size, and for a migrating one where its data goes,
 * how changes reach the target while it is copied, and its live traffic.
 */
type StoreFacts = { rows: number; avgRowBytes: number } & Pick<
  ComponentInput,
  'move' | 'changeSync' | 'readsPerSecond' | 'writesPerSecond'
>;
/** What a template says of its own trigger; the schema fills the rest (direction above, default floor). */
type CustomTrigger = Pick<
  RollbackTrigger,
  'id' | 'metric' | 'description' | 'threshold' | 'unit' | 'automatic'
>;
/** How a trigger is judged over samples (issue 23), where the defaults do not fit the metric. */
export type TriggerTuning = Partial<
  Pick<
    RollbackTrigger,
    | 'baselineMode'
    | 'direction'
    | 'floor'
    | 'badSamplesToFire'
    | 'badSamplesWindow'
    | 'critical'
    | 'sampleWindowMinutes'
    | 'metricKey'
  >
>;

/**
 * A component on one line: migrating ones hold the rows the plan moves, consumers are told, and a
 * target is where a moving datastore's data goes (empty at first).
 */
export function component(
  id: string,
  name: string,
  kind: NonNullable<ComponentInput['kind']>,
  role: 'migrating' | 'consumer' | 'target',
  ownerTeam: string,
  data: StoreFacts | null = null,
): ComponentInput {
  const { rows = 0, avgRowBytes = 0, ...facts } = data ?? {};
  return { id, name, kind, role, ownerTeam, stateful: data !== null, rows, avgRowBytes, ...facts };
}

/** A template's own trigger, numbered RT-C1, RT-C2... in the order given; absolute unless tuned. */
export const custom = (
  description: string,
  threshold: number | null,
  unit: string,
  automatic: boolean,
  tuning: TriggerTuning = {},
): Omit<CustomTrigger, 'id'> & TriggerTuning => ({
  metric: 'custom',
  description,
  threshold,
  unit,
  automatic,
  ...tuning,
});

export const step = (id: string, text: string, sql = ''): StepInput => ({ id, text, sql });

export const rowCount = (id: string, target: string, expectedRows: number | null): IntegrityCheck => ({
  id,
  kind: 'row-count',
  target,
  expectedRows,
  checksumTarget: '',
  constraint: '',
});

export const checksum = (id: string, target: string, checksumTarget: string): IntegrityCheck => ({
  id,
  kind: 'checksum',
  target,
  expectedRows: null,
  checksumTarget,
  constraint: '',
});

export const referential = (id: string, target: string, constraint: string): IntegrityCheck => ({
  id,
  kind: 'referential',
  target,
  expectedRows: null,
  checksumTarget: '',
  constraint,
});

/**
 * The spec's four triggers (RT-01..RT-04), the downstream one given a threshold and each tuned where the
 * template's traffic needs it (a longer sample window on a quiet service), plus the template's own.
 */
export function triggers(
  downstreamPerMinute: number,
  own: Array<Omit<CustomTrigger, 'id'> & TriggerTuning>,
  spec: Partial<Record<'RT-01' | 'RT-02' | 'RT-04', TriggerTuning>> = {},
): RollbackTrigger[] {
  const tuned = defaultTriggers().map((t) => {
    const tuning = t.ruleId === 'RT-01' || t.ruleId === 'RT-02' || t.ruleId === 'RT-04' ? spec[t.ruleId] : {};
    const threshold = t.ruleId === 'RT-04' ? downstreamPerMinute : t.threshold;
    return RollbackTrigger.parse({ ...t, threshold, ...tuning });
  });
  return [
    ...tuned,
    ...own.map((t, i) =>
      RollbackTrigger.parse({
        baselineMode: 'absolute',
        ...t,
        id: `rt-c${i + 1}`,
        ruleId: `RT-C${i + 1}`,
        enabled: true,
      }),
    ),
  ];
}

/** The spec's five checklist items and the template's own, none ticked: a fresh plan verifies them. */
export function checklist(custom: string[]): ChecklistItem[] {
  return [
    ...BUILTIN_CHECKLIST.map((item) => ({
      id: `chk-${item.key}`,
      builtin: item.key,
      label: item.label,
      done: false,
      verifiedBy: '',
    })),
    ...custom.map((label, i) => ({
      id: `chk-custom-${i + 1}`,
      builtin: null,
      label,
      done: false,
      verifiedBy: '',
    })),
  ];
}
