import type { DataApproach, DeploymentStrategy } from '../domain';
import type { Facts } from './facts';
import { formatCount, formatHours } from './format';
import type { RuleId } from './types';

/**
 * The decision table (docs/engine-decision-table.md): facts -> recommendation. Rows are tried in
 * order and the first that matches decides; every row names its rule id, so each recommendation says
 * why. `alsoFits` lists what else the row's rule accepts (DC-02 names blue-green or canary), which
 * makes it a supporting reason when another row chose one of those.
 */
export type Row<T extends string> = {
  id: RuleId;
  pick: T;
  alsoFits?: readonly T[];
  when: (f: Facts) => boolean;
  because: (f: Facts) => string;
  /** The table's last row: it matches anything, so it decides only when nothing else did. */
  fallback?: true;
};

const assumed = (f: Facts) =>
  f.plan.assessment.downtime.kind === 'unspecified'
    ? ' (assumed until the downtime tolerance is agreed)'
    : '';
const moves = (f: Facts) => f.shape.movingCount > 0;
const liveSync = (f: Facts) => f.shape.sync === 'replication' || f.shape.sync === 'dual-write';
const windowText = (f: Facts) => (f.windowHours === null ? 'A' : `A ${formatHours(f.windowHours)}`);

/**
 * Rolling an upgrade through replicas needs replicas that follow a primary of the other version. MySQL's
 * do (5.7 to 8.0, one way); PostgreSQL's physical replicas do not across a major version, and the plan
 * has no field that says which engine or which version, so the advice says where it holds.
 */
const POSTGRES_MAJOR =
  ' That holds where the new version replicates from the old one (MySQL 5.7 to 8.0 does). A PostgreSQL major version does not: its physical replicas cannot follow a primary of another major version, so build the new primary (pg_upgrade on a copy, or logical replication) and switch to it, blue-green; the way back is the old primary, until writes reach the new one.';

export const STRATEGY_ROWS: ReadonlyArray<Row<DeploymentStrategy>> = [
  {
    id: 'ST-06',
    pick: 'strangler-fig',
    alsoFits: ['canary'],
    when: (f) => f.shape.pieceByPiece === 'yes',
    because: () =>
      'The work replaces a monolith piece by piece: route slice by slice (endpoint, route or tenant) to the new system behind a facade, each slice with its own rollback.',
  },
  {
    id: 'DC-01',
    pick: 'rolling',
    when: (f) => f.zeroDowntime && !f.stateful,
    because: (f) =>
      `Zero downtime required${assumed(f)} and nothing stateful migrates: use a rolling deployment.`,
  },
  {
    id: 'ST-07',
    pick: 'rolling',
    when: (f) => f.downtimeAllowed && !f.stateful,
    because: () =>
      'Nothing stateful migrates: a rolling deployment replaces the fleet without using the downtime allowed.',
  },
  {
    id: 'DC-03',
    pick: 'big-bang',
    when: (f) => f.downtimeAllowed && f.small && f.plan.assessment.maintenanceWindow.offPeak,
    because: (f) =>
      `Small dataset (${formatCount(f.totalRows)} rows, under 1M) and an off-peak window: a big bang is acceptable.`,
  },
  {
    id: 'ST-08',
    pick: 'big-bang',
    alsoFits: ['blue-green'],
    when: (f) =>
      f.windowAgreed && !(f.windows.copyTiming === 'in-window' && f.large) && f.fitsWindow !== false,
    because: (f) =>
      `${windowText(f)} downtime window is agreed and the work inside it fits${f.windows.copyTiming === 'online' ? ' (the bulk copy runs online before it)' : ''}: switch in one go inside the window.`,
  },
  {
    id: 'ST-09',
    pick: 'rolling',
    alsoFits: ['blue-green'],
    when: (f) => f.shape.softwareUpgrade,
    because: (f) =>
      `The datastores are upgraded in place and no row is copied: roll replica by replica, then switch the primary; keep a replica on the old version for rollback.${f.plan.assessment.schemaChange.dialect === 'mysql' ? '' : POSTGRES_MAJOR}`,
  },
  {
    id: 'ST-10',
    pick: 'canary',
    when: (f) => f.shape.trafficSplit === 'yes',
    because: () =>
      'Traffic can be split by percentage (feature flags or router weights): send a small share to the new side first and widen it while the metrics hold.',
  },
  {
    id: 'ST-11',
    pick: 'blue-green',
    alsoFits: ['canary'],
    when: (f) => moves(f) && liveSync(f),
    because: (f) =>
      `The data moves to another store and ${f.shape.sync === 'dual-write' ? 'the application writes both' : 'replication keeps the target current'}: both sides stay live, so switch over and keep the old side for rollback.`,
  },
  {
    id: 'DC-02',
    pick: 'blue-green',
    alsoFits: ['canary'],
    when: (f) => f.zeroDowntime && f.stateful,
    because: (f) =>
      `Zero downtime required${assumed(f)} and the system is stateful: use blue-green or canary${moves(f) ? '' : ' with expand-contract'}; canary needs traffic that can be split by percentage.`,
  },
  {
    id: 'ST-12',
    pick: 'blue-green',
    fallback: true,
    when: () => true,
    because: (f) =>
      `Downtime is allowed, but ${f.fitsWindow === false ? 'the in-window work is longer than the window' : f.large ? 'the data is too large to copy inside a window' : 'no agreed window holds the work'}: copy online, then switch in a short pause.`,
  },
];

export const APPROACH_ROWS: ReadonlyArray<Row<DataApproach>> = [
  {
    id: 'DA-04',
    pick: 'none',
    when: (f) => !f.hasData,
    because: () =>
      'No datastore migrates and nothing reshapes data or schema: none of expand-contract, dual-write or snapshot-and-replay is needed.',
  },
  {
    id: 'DA-05',
    pick: 'none',
    alsoFits: ['snapshot-replay'],
    when: (f) => f.shape.softwareUpgrade,
    because: (f) =>
      `The datastores are upgraded in place with no schema change: no row is copied or reshaped, replication to the upgraded replicas carries the data.${f.plan.assessment.schemaChange.dialect === 'mysql' ? '' : POSTGRES_MAJOR}`,
  },
  {
    id: 'DA-06',
    pick: 'dual-write',
    when: (f) => moves(f) && f.shape.sync === 'dual-write',
    because: () =>
      'The data moves and the application writes to both stores: dual-write new data, backfill the history, compare reads, then switch.',
  },
  {
    id: 'DA-07',
    pick: 'snapshot-replay',
    when: (f) => moves(f) && f.shape.sync === 'replication',
    // "No application change" only where the plan does not declare one: a change that breaks the old
    // callers (shard-aware queries, say) must ship before the switch, and GR-05 says so beside it.
    because: (f) =>
      `The data moves and log-based replication (CDC) carries the changes: copy a snapshot, replay the changes until the lag is near zero, then cut over. ${f.backwardCompatible === 'no' ? 'The copy itself needs no application change, but the incompatible change must ship before the switch.' : 'No application change is needed.'}`,
  },
  {
    id: 'DA-08',
    pick: 'snapshot-replay',
    alsoFits: ['none'],
    when: (f) => moves(f) && f.shape.sync === 'none',
    because: () =>
      'The data moves and nothing carries changes: stop writes, copy (and convert) the snapshot offline inside the window, verify, then reopen on the target.',
  },
  {
    id: 'DA-09',
    pick: 'dual-write',
    alsoFits: ['none'],
    when: (f) => moves(f) && f.shape.sync === 'unknown' && f.shape.pieceByPiece === 'yes',
    because: () =>
      'Data ownership moves while the monolith is replaced piece by piece: during each slice both sides write its data, reconciled until the old path is removed.',
  },
  {
    id: 'DA-10',
    pick: 'snapshot-replay',
    alsoFits: ['dual-write'],
    when: (f) => moves(f) && f.shape.sync === 'unknown',
    because: () =>
      'The data moves, but the plan does not say how changes reach the target: snapshot-and-replay fits log-based replication without application changes. Say which applies (replication, dual-writes, or an offline copy).',
  },
  {
    id: 'DC-06',
    pick: 'expand-contract',
    when: (f) => f.backwardCompatible === 'no',
    because: () => 'The schema change is not backward-compatible: redesign it as expand-contract.',
  },
  {
    id: 'DC-02',
    pick: 'expand-contract',
    when: (f) => f.zeroDowntime && f.stateful,
    because: () =>
      'Zero downtime on a stateful system changed in place: use an expand-contract data migration.',
  },
  {
    id: 'DC-05',
    pick: 'expand-contract',
    when: (f) => f.backwardCompatible === 'yes',
    because: () =>
      'The schema change is backward-compatible: apply it first, then deploy new code (expand phase).',
  },
  {
    id: 'DA-11',
    pick: 'expand-contract',
    fallback: true,
    when: () => true,
    because: () =>
      'Data or schema changes in place: add the new alongside the old, backfill, switch, and drop the old after the soak.',
  },
];

/** The first row that matches, and the others that agree with its pick. Linear in the table. */
export function decide<T extends string>(
  rows: ReadonlyArray<Row<T>>,
  f: Facts,
): { row: Row<T>; supporting: Array<Row<T>> } {
  let winner: Row<T> | undefined;
  const supporting: Array<Row<T>> = [];
  for (const row of rows) {
    if (!row.when(f)) continue;
    if (winner === undefined) winner = row;
    else if (!row.fallback && (row.pick === winner.pick || row.alsoFits?.includes(winner.pick)))
      supporting.push(row);
  }
  if (winner === undefined) throw new Error('a decision table must end with a fallback row');
  return { row: winner, supporting };
}
