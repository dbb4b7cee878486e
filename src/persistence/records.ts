import type { DeploymentStrategy, Plan } from '../domain';

/** What the drafts list shows without loading and evaluating every plan. */
export type ReadinessSummary = { ready: boolean; blockers: number; warnings: number };

export type DraftRecord = {
  id: string;
  /** The plan as last saved; read back through the domain's load pipeline, never trusted raw. */
  plan: unknown;
  title: string;
  strategy: DeploymentStrategy | null;
  readiness: ReadinessSummary | null;
  updatedAt: string;
  /** Bumped on every save; a save that names an older revision is a conflict, not an overwrite. */
  revision: number;
};

export type DraftSummary = Omit<DraftRecord, 'plan'>;

export function summaryOf(record: DraftRecord): DraftSummary {
  const { plan: _plan, ...summary } = record;
  return summary;
}

export function recordFor(
  plan: Plan,
  readiness: ReadinessSummary | null,
  updatedAt: string,
  revision: number,
): DraftRecord {
  return {
    id: plan.id,
    plan,
    title: plan.title,
    strategy: plan.strategy.deployment,
    readiness,
    updatedAt,
    revision,
  };
}
