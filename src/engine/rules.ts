import { DERIVED_APPROACH_RULES, DERIVED_STRATEGY_RULES } from './rules-derived';
import type { RuleFamily, RuleId, RuleInfo } from './types';

/**
 * The rule catalog: every id with the spec's wording, verbatim (the derived decision-table rows,
 * ST-06.. and DA-04.., carry the table's own wording from docs/engine-decision-table.md). A table's rows
 * are written cell by cell and joined by their table's builder, " → " (situation → action) or " | "
 * (columns), so the words stay the spec's own and each table's layout is said once.
 * Keys are in the order the rules appear in the spec document; within a family, ids follow the spec's
 * order of rows and bullets, so DC-01 is the first Decision Criteria row.
 */
const rule = (id: RuleId, title: string, specText: string): RuleInfo => ({
  id,
  family: id.slice(0, 2) as RuleFamily,
  title,
  specText,
});

/** A row of the spec's strategy table: Strategy | Downtime | Complexity | Risk | Best For. */
const strategyRow = (
  id: RuleId,
  strategy: string,
  downtime: string,
  complexity: string,
  risk: string,
  bestFor: string,
): RuleInfo =>
  rule(
    id,
    strategy,
    `${strategy} | Downtime: ${downtime} | Complexity: ${complexity} | Risk: ${risk} | Best for: ${bestFor}`,
  );

/** One of the spec's three data migration approaches: its name, then how it works. */
const approach = (id: RuleId, name: string, how: string): RuleInfo => rule(id, name, `${name}: ${how}`);

/** A row of the Decision Criteria table: Situation → Action. */
const decisionRow = (id: RuleId, title: string, situation: string, action: string): RuleInfo =>
  rule(id, title, `${situation} → ${action}`);

/** A row of the failure modes table: Failure | Symptom | Mitigation; titled by the failure unless said. */
const failureRow = (
  id: RuleId,
  failure: string,
  symptom: string,
  mitigation: string,
  title = failure,
): RuleInfo => rule(id, title, `${failure} | ${symptom} | ${mitigation}`);

const LIST: readonly RuleInfo[] = [
  // Micro-skill 2, strategy table (Strategy | Downtime | Complexity | Risk | Best For).
  strategyRow('ST-01', 'Big bang', 'Yes', 'Low', 'High', 'Small, isolated systems'),
  strategyRow('ST-02', 'Rolling', 'Minimal', 'Medium', 'Medium', 'Stateless services'),
  strategyRow('ST-03', 'Blue-green', 'Zero', 'High', 'Low', 'Critical production apps'),
  strategyRow('ST-04', 'Canary', 'Zero', 'High', 'Low', 'High-traffic services'),
  strategyRow('ST-05', 'Strangler fig', 'Zero', 'High', 'Low', 'Monolith decomposition'),
  ...DERIVED_STRATEGY_RULES,
  // Micro-skill 2, data migration approaches.
  approach('DA-01', 'Expand-contract', 'Add new schema → backfill → migrate reads → drop old.'),
  approach('DA-02', 'Dual-write', 'Write to both old and new simultaneously during transition.'),
  approach('DA-03', 'Snapshot-and-replay', 'Take snapshot, migrate offline, replay changes.'),
  ...DERIVED_APPROACH_RULES,
  // Micro-skill 3, rollback triggers.
  rule('RT-01', 'Error rate trigger', 'Error rate exceeds baseline by > 5%.'),
  rule('RT-02', 'Latency p99 trigger', 'Latency p99 increases by > 50%.'),
  rule('RT-03', 'Integrity check trigger', 'Data integrity check fails.'),
  rule('RT-04', 'Downstream failures trigger', 'Downstream service reports increased failures.'),
  // Guardrails.
  rule(
    'GR-01',
    'Tested rollback procedure',
    'Never execute a production migration without a tested rollback procedure.',
  ),
  rule(
    'GR-02',
    'Keep source data until verified and soaked',
    'Never delete source data until the migration is verified and the soak period has passed.',
  ),
  rule(
    'GR-03',
    'Backups verified as restorable',
    'Always require database backups to be verified as restorable before migration begins.',
  ),
  rule(
    'GR-04',
    'No destructive changes in the forward migration',
    'Never run destructive schema changes (DROP, TRUNCATE) as part of the forward migration — defer to the contract phase.',
  ),
  rule(
    'GR-05',
    'Backward-compatible during transition',
    'All migrations must be backward-compatible during the transition period.',
  ),
  rule(
    'GR-06',
    'Integrity checks gate each phase',
    "Do not proceed to the next migration phase until the current phase's integrity checks pass.",
  ),
  rule(
    'GR-07',
    'Notice 48 hours ahead',
    'Migration windows must be communicated to all stakeholders at least 48 hours in advance.',
  ),
  rule(
    'GR-08',
    'Rollback exercised outside production',
    'Rollback must be exercised in a non-production environment before every production migration.',
  ),
  // Ask-when-ambiguous triggers.
  rule(
    'AQ-01',
    'Downtime window not defined',
    'The acceptable downtime window is not defined by the stakeholders',
  ),
  rule(
    'AQ-02',
    'No clear rollback path',
    'A migration has no clear rollback path (irreversible schema changes)',
  ),
  rule(
    'AQ-03',
    'Duration may exceed the window',
    'Data volume is large enough that migration duration may exceed the maintenance window',
  ),
  rule('AQ-04', 'Several owner teams', 'Multiple teams own components affected by the migration'),
  rule('AQ-05', 'Point-of-no-return decision', 'The migration requires a point-of-no-return decision'),
  // Decision criteria (Situation → Action).
  decisionRow(
    'DC-01',
    'Zero downtime, stateless',
    'Zero downtime required and system is stateless',
    'Use rolling deployment strategy',
  ),
  decisionRow(
    'DC-02',
    'Zero downtime, stateful',
    'Zero downtime required and system is stateful',
    'Use blue-green or canary deployment with expand-contract data migration',
  ),
  decisionRow(
    'DC-03',
    'Small dataset, off-peak window',
    'Small dataset (< 1M rows) and off-peak window available',
    'Big bang migration is acceptable',
  ),
  decisionRow(
    'DC-04',
    'Large dataset',
    'Large dataset (> 100M rows)',
    'Batch the migration; use dual-write or snapshot-replay to avoid locking',
  ),
  decisionRow(
    'DC-05',
    'Backward-compatible schema change',
    'Schema change is backward-compatible',
    'Apply migration first, then deploy new code (expand phase)',
  ),
  decisionRow(
    'DC-06',
    'Schema change not backward-compatible',
    'Schema change is NOT backward-compatible',
    'Redesign as expand-contract; if impossible, schedule downtime',
  ),
  decisionRow(
    'DC-07',
    'Duration exceeds the window',
    'Migration duration exceeds maintenance window',
    'Split into incremental phases or use online migration tooling (gh-ost, pt-osc)',
  ),
  decisionRow(
    'DC-08',
    'Rollback tested in staging',
    'Rollback tested successfully in staging',
    'Proceed to production migration',
  ),
  decisionRow(
    'DC-09',
    'Rollback test failed in staging',
    'Rollback test fails in staging',
    'Fix rollback procedure before scheduling production migration',
  ),
  decisionRow(
    'DC-10',
    'Trigger threshold exceeded',
    'Error rate exceeds rollback trigger threshold during migration',
    'Execute rollback immediately; do not wait for manual assessment',
  ),
  // Success criteria.
  rule(
    'SC-01',
    'Plan documented',
    'Migration plan documented with phases, owners, timeline, and dependencies',
  ),
  rule(
    'SC-02',
    'Rollback defined and tested',
    'Rollback procedure defined, documented, and tested in non-production environment',
  ),
  rule('SC-03', 'Checklist completed', 'Pre-migration checklist completed with all items verified'),
  rule(
    'SC-04',
    'Integrity checks pass',
    'Data integrity checks pass after each migration phase (row counts, checksums, referential integrity)',
  ),
  rule(
    'SC-05',
    'Metrics within thresholds',
    'Production metrics remain within acceptable thresholds during and after migration',
  ),
  rule('SC-06', 'Soak completes', 'Soak period (minimum 24 hours) completes without anomalies'),
  rule('SC-07', 'Source data preserved', 'Source data preserved until migration verification is complete'),
  rule('SC-08', 'Stakeholders updated', 'All stakeholders notified of migration status at each phase gate'),
  // Failure modes (Failure | Symptom | Mitigation).
  failureRow(
    'FM-01',
    'Migration exceeds time window',
    'Migration still running at end of maintenance window',
    'Design migration to be pausable and resumable; pre-calculate duration on staging with production-scale data',
  ),
  failureRow(
    'FM-02',
    'Data integrity loss during migration',
    'Row count mismatch or checksum failures post-migration',
    'Run integrity checks after each batch; halt and rollback on first failure',
    'Data integrity loss',
  ),
  failureRow(
    'FM-03',
    'Rollback procedure fails',
    'Rollback script errors or leaves system in inconsistent state',
    'Always test rollback in staging with production-like data; maintain backup as last resort',
  ),
  failureRow(
    'FM-04',
    'Downstream services break after migration',
    'Dependent APIs return errors, consumers report failures',
    'Communicate migration timeline to all consumers; use feature flags to route traffic gradually',
    'Downstream services break',
  ),
  failureRow(
    'FM-05',
    'Dual-write inconsistency',
    'Old and new data stores diverge during transition period',
    'Implement reconciliation jobs that compare stores; alert on divergence',
  ),
  failureRow(
    'FM-06',
    'Point-of-no-return reached prematurely',
    'Team discovers issues after irreversible changes were applied',
    'Add explicit manual approval gates before destructive phases; never skip pre-checks',
  ),
];

export const RULES: Readonly<Record<RuleId, RuleInfo>> = Object.fromEntries(
  LIST.map((info) => [info.id, info]),
) as Record<RuleId, RuleInfo>;

/** Every rule id in catalog order. */
export const RULE_IDS: readonly RuleId[] = LIST.map((info) => info.id);

const ORDER = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

/** Position in the catalog; unknown ids (other modules' rules) sort last. */
export function ruleOrder(id: string): number {
  return ORDER.get(id) ?? RULE_IDS.length;
}

export function isKnownRuleId(id: string): id is RuleId {
  return ORDER.has(id);
}
