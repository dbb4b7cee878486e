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
/** What a template says of its own trigger; the schema fills the rest (direction above, default floor). */
type CustomTrigger = Pick<
  RollbackTrigger,
  'id' | 'metric' | 'description' | 'threshold' | 'unit' | 'automatic'
>;

/** A component on one line: migrating ones hold the rows the plan moves; consumers are told. */
export function component(
  id: string,
  name: string,
  kind: NonNullable<ComponentInput['kind']>,
  role: 'migrating' | 'consumer',
  ownerTeam: string,
  data: { rows: number; avgRowBytes: number } | null = null,
): ComponentInput {
  return {
    id,
    name,
    kind,
    role,
    ownerTeam,
    stateful: data !== null,
    rows: data?.rows ?? 0,
    avgRowBytes: data?.avgRowBytes ?? 0,
  };
}

/** A template's own trigger, numbered RT-C1, RT-C2... in the order given. */
export const custom = (
  description: string,
  threshold: number | null,
  unit: string,
  automatic: boolean,
): Omit<CustomTrigger, 'id'> => ({ metric: 'custom', description, threshold, unit, automatic });

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

/** The spec's four triggers (RT-01..RT-04), the downstream one given a threshold, plus the template's own. */
export function triggers(
  downstreamPerMinute: number,
  own: Array<Omit<CustomTrigger, 'id'>>,
): RollbackTrigger[] {
  const spec = defaultTriggers().map((t) =>
    t.ruleId === 'RT-04' ? { ...t, threshold: downstreamPerMinute } : t,
  );
  return [
    ...spec,
    ...own.map((t, i) =>
      RollbackTrigger.parse({
        ...t,
        id: `rt-c${i + 1}`,
        ruleId: `RT-C${i + 1}`,
        baselineMode: 'absolute',
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
