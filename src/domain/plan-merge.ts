import { Plan } from './plan';
import {
  deepEqual,
  mergeThreeWay,
  type ConflictChoice,
  type MergeConflict,
  type PathSegment,
} from './three-way-merge';

export { deepEqual, type ConflictChoice, type MergeConflict, type PathSegment } from './three-way-merge';

export interface PlanMerge {
  /** The merged plan; where both sides changed a field, the side chosen (this side's by default). */
  plan: Plan;
  conflicts: MergeConflict[];
  /** The fields this side takes from the other side's edits, as labels ("Title"). */
  theirsTaken: string[];
}

/** The path of the conflict that stands for the whole plan, when a field-by-field merge is not a valid plan. */
export const WHOLE_PLAN = '';

/**
 * Merges two tabs' edits of one plan made from the same saved version (`base`). Edits to different fields
 * both survive; fields both tabs changed differently are returned as conflicts. A merge that would break a
 * rule spanning fields (the schema refuses it) is one conflict over the whole plan: never an invalid plan.
 * So is a merge without a base (`null`), where no edit can be told from an untouched field.
 */
export function mergePlans(
  base: Plan | null,
  mine: Plan,
  theirs: Plan,
  choices: ReadonlyMap<string, ConflictChoice> = new Map(),
): PlanMerge {
  const result = base === null ? null : mergeThreeWay(base, mine, theirs, choices);
  const parsed = result === null ? null : Plan.safeParse(result.merged);
  if (result !== null && parsed?.success) {
    return {
      plan: parsed.data,
      conflicts: result.conflicts,
      theirsTaken: result.theirsTaken.map((t) => fieldLabel(t.segments)),
    };
  }
  const whole: MergeConflict = { path: WHOLE_PLAN, segments: [], base: base ?? undefined, mine, theirs };
  return {
    plan: choices.get(WHOLE_PLAN) === 'theirs' ? theirs : mine,
    conflicts: [whole],
    theirsTaken: [],
  };
}

const humanise = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A field as a person finds it: "Assessment › Components › “orders-db” › Rows". */
export function fieldLabel(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return 'The whole plan';
  return segments.map((s) => (s.kind === 'key' ? humanise(s.key) : `“${s.name ?? s.id}”`)).join(' › ');
}

const LIMIT = 160;
const clip = (text: string) => (text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text);

/** A side's value of a conflicting field, short enough to compare at a glance. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(removed)';
  if (value === null) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : clip(`“${value}”`);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.length === 0 ? '(none)' : clip(value.map(String).join(', '));
  }
  return clip(JSON.stringify(value));
}

/** A conflicting field as the question shows it: where it is, and each side's value in words. */
export interface ConflictView {
  path: string;
  label: string;
  base: string;
  mine: string;
  theirs: string;
}

export function conflictView(c: MergeConflict): ConflictView {
  if (c.path === WHOLE_PLAN) {
    const plan = (p: unknown) =>
      p && typeof p === 'object' && 'title' in p ? `the plan “${String(p.title)}”` : '(none)';
    return {
      path: c.path,
      label: fieldLabel(c.segments),
      base: plan(c.base),
      mine: `${plan(c.mine)} as this tab has it`,
      theirs: `${plan(c.theirs)} as the other tab saved it`,
    };
  }
  return {
    path: c.path,
    label: fieldLabel(c.segments),
    base: describeValue(c.base),
    mine: describeValue(c.mine),
    theirs: describeValue(c.theirs),
  };
}

/** What this tab took from the other tab's save, in one sentence; null when it took nothing. */
export function mergeNotice(theirsTaken: readonly string[]): string | null {
  if (theirsTaken.length === 0) return null;
  const shown = theirsTaken.slice(0, 5).join('; ');
  const more = theirsTaken.length > 5 ? ` and ${theirsTaken.length - 5} more` : '';
  return `Merged in the changes made in another tab: ${shown}${more}. Your edits here are kept.`;
}

/** Whether two plans hold the same document (the merge's result against what is already saved). */
export const samePlan = (a: Plan, b: Plan) => deepEqual(a, b);
