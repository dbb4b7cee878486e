/**
 * The spec's numeric limits, each defined once: the plan's defaults, the engine's rules, the SQL review and
 * the screens' help text read them from here, so a rule and the sentence that explains it cannot disagree.
 */

/** Decision criteria: "Small dataset (< 1M rows)" may go big bang. */
export const SMALL_ROWS = 1_000_000;
/** Decision criteria: "Large dataset (> 100M rows)" must be batched. */
export const LARGE_ROWS = 100_000_000;
/** Success criteria: the soak period lasts at least 24 hours (SC-06); contract phases wait for it (GR-02). */
export const SOAK_MIN_HOURS = 24;
/** GR-07: a migration window is announced at least 48 hours before it starts. */
export const NOTICE_MIN_HOURS = 48;
