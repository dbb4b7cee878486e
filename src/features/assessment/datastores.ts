import type { Component } from '../../domain';

/** The plan's bound on a request rate: more than any single datastore serves. */
export const RATE_MAX = 1e9;

/** A rate the plan accepts: empty (not measured) or 0 to RATE_MAX; anything else is not committed. */
export const validRate = (v: number | null) => v === null || (v >= 0 && v <= RATE_MAX);

/** Migrating components that hold state, with their index in the plan (for field paths). */
export function datastoresOf(
  components: readonly Component[],
): Array<{ component: Component; index: number }> {
  const out: Array<{ component: Component; index: number }> = [];
  components.forEach((component, index) => {
    if (component.role === 'migrating' && (component.stateful || component.rows > 0))
      out.push({ component, index });
  });
  return out;
}
