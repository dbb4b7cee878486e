import type { DeploymentStrategy, Plan } from '../domain';

/**
 * What the drafts list shows without loading and evaluating every plan: the verdict of the same
 * evaluation the editor shows (plan, SQL facts, clock), written when it is worked out.
 */
export type ReadinessSummary = {
  ready: boolean;
  blockers: number;
  warnings: number;
  /** The blockers' rule ids, in the evaluation's order, each once. Absent in drafts saved before it. */
  blockerIds?: string[];
  /** The SQL facts were not in when this was stored: the list says "checking SQL…", not a verdict. */
  checking?: boolean;
  /** When the engine worked it out (rules such as GR-07 depend on the time). */
  evaluatedAt?: string;
};

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

/**
 * What a person typed into a field that the plan cannot hold yet (a required box left empty, "12x" in a
 * number): kept with the draft, by the field's plan path, until it is fixed, so nothing typed is lost.
 */
export type UnsavedField = {
  label: string;
  raw: string;
  message: string;
  /**
   * Where the field is now, for focus (`assessment.components[3].rows`), when the key names the item by
   * id instead (`assessment.components#c-7.rows`) so that it stays right as rows move.
   */
  path?: string;
};
export type UnsavedFields = Readonly<Record<string, UnsavedField>>;

/** The plan itself (table `planBodies`), read only when one draft is opened, copied or backed up. */
export type PlanBody = {
  id: string;
  /** The plan as last saved; read back through the domain's load pipeline, never trusted raw. */
  plan: unknown;
  /** Absent when every field typed reached the plan. */
  unsaved?: UnsavedFields;
};

/** A whole draft in memory: what undo keeps and what a backup holds. Stored as summary + body. */
export type DraftRecord = DraftSummary & { plan: unknown; unsaved?: UnsavedFields };

export function summaryOf(record: DraftRecord): DraftSummary {
  const { plan: _plan, unsaved: _unsaved, ...summary } = record;
  return summary;
}

/** The two stored halves of a draft; they are always written together in one transaction. */
export function partsOf(record: DraftRecord): { summary: DraftSummary; body: PlanBody } {
  const body: PlanBody = { id: record.id, plan: record.plan };
  if (record.unsaved && Object.keys(record.unsaved).length > 0) body.unsaved = record.unsaved;
  return { summary: summaryOf(record), body };
}

export function recordFor(
  plan: Plan,
  readiness: ReadinessSummary | null,
  updatedAt: string,
  revision: number,
  unsaved?: UnsavedFields,
): DraftRecord {
  return {
    ...(unsaved && Object.keys(unsaved).length > 0 ? { unsaved } : {}),
    id: plan.id,
    plan,
    title: plan.title,
    strategy: plan.strategy.deployment,
    readiness,
    updatedAt,
    revision,
  };
}
