import type { RuleId, RuleInfo } from './types';

/**
 * Rows of the decision table that the spec's Decision Criteria do not name but its strategy table and
 * data approaches imply, once the plan says how the migration runs (format v2). Their text is the
 * table's wording in docs/engine-decision-table.md (a test keeps the two in step), not the spec's.
 */
const derived = (id: RuleId, title: string, specText: string): RuleInfo => ({
  id,
  family: id.startsWith('ST') ? 'ST' : 'DA',
  title,
  specText,
});

export const DERIVED_STRATEGY_RULES: readonly RuleInfo[] = [
  derived(
    'ST-06',
    'Piece-by-piece replacement',
    'The work replaces a monolith piece by piece → Strangler fig: route slice by slice to the new system',
  ),
  derived(
    'ST-07',
    'Stateless, some downtime allowed',
    'Nothing stateful migrates and some downtime is allowed → Rolling: a stateless fleet needs no window',
  ),
  derived(
    'ST-08',
    'Agreed window that the in-window work fits',
    'A downtime window is agreed and the work inside it fits (no large offline copy) → Big bang inside the window',
  ),
  derived(
    'ST-09',
    'Datastore software upgraded in place',
    'The datastores are upgraded in place (new version or hosts, no schema change, no copy) → Rolling, replica by replica, where the new version replicates from the old (a PostgreSQL major version does not: build the new primary and switch, blue-green)',
  ),
  derived(
    'ST-10',
    'Traffic can be split by percentage',
    'Traffic can be split by percentage (feature flags, router weights) → Canary',
  ),
  derived(
    'ST-11',
    'Switch between two live stores',
    'A datastore moves to another store, cluster, region or engine and both stay live → Blue-green: switch over, keep the old side for rollback',
  ),
  derived(
    'ST-12',
    'Downtime allowed, but the work does not fit a window',
    'Downtime is allowed but the offline work is large or longer than the window → Blue-green: copy online, switch in a short pause',
  ),
];

export const DERIVED_APPROACH_RULES: readonly RuleInfo[] = [
  derived(
    'DA-04',
    'Nothing to migrate',
    'No datastore migrates and nothing reshapes data or schema → No data migration approach',
  ),
  derived(
    'DA-05',
    'Software upgraded in place, no data copied',
    'The datastores are upgraded in place with no schema change and no copy → No data migration approach (replication carries the data where the versions replicate)',
  ),
  derived(
    'DA-06',
    'Application writes both stores',
    'A datastore moves and the application writes to both stores → Dual-write, then backfill history',
  ),
  derived(
    'DA-07',
    'Log-based replication or CDC',
    'A datastore moves and log-based replication or CDC carries the changes → Snapshot-and-replay',
  ),
  derived(
    'DA-08',
    'Offline copy',
    'A datastore moves with no change sync (writes stop during the copy) → Snapshot-and-replay, offline inside the window',
  ),
  derived(
    'DA-09',
    'Data ownership moves piece by piece',
    'Data moves while a monolith is replaced piece by piece, sync not stated → Dual-write per slice',
  ),
  derived(
    'DA-10',
    'Datastore moves, sync not stated',
    'A datastore moves and nobody says how changes reach it → Snapshot-and-replay (say how changes reach the target)',
  ),
  derived(
    'DA-11',
    'In-place data change',
    'Data or schema changes in place and no other row applies → Expand-contract',
  ),
];
