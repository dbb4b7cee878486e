import type { DeploymentStrategy, Plan } from '../domain';

/** What the drafts list shows without loading and evaluating every plan. */
export type ReadinessSummary = { ready: boolean; blockers: number; warnings: number };

/**
 * One row of the drafts list, stored on its own (table `drafts`) so listing 1,000 drafts reads a few
 * hundred bytes each instead of every plan. Everything here is derived when the draft is saved.
 */
export type DraftSummary = {
  id: string;
  title: string;
  strategy: DeploymentStrategy | null;
  readiness: ReadinessSummary | null;
  updatedAt: string;
  /** Bumped on every save; a save that names an older revision is a conflict, not an overwrite. */
  revision: number;
};

/** The plan itself (table `planBodies`), read only when one draft is opened, copied or backed up. */
export type PlanBody = {
  id: string;
  /** The plan as last saved; read back through the domain's load pipeline, never trusted raw. */
  plan: unknown;
};

/** A whole draft in memory: what undo keeps and what a backup holds. Stored as summary + body. */
export type DraftRecord = DraftSummary & { plan: unknown };

export function summaryOf(record: DraftRecord): DraftSummary {
  const { plan: _plan, ...summary } = record;
  return summary;
}

/** The two stored halves of a draft; they are always written together in one transaction. */
export function partsOf(record: DraftRecord): { summary: DraftSummary; body: PlanBody } {
  return { summary: summaryOf(record), body: { id: record.id, plan: record.plan } };
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
