import type { ChangeSync, Plan, TriState } from '../domain';

/**
 * The shape of the migration, read once from the plan's v2 facts: which datastores migrate, whether
 * their data stays in place or moves elsewhere, how changes reach the target, and how the work can be
 * rolled out. The decision table (decision-table.ts) reads only these and the base facts.
 */
export type Shape = {
  /** Migrating components that hold state (stateful, or holding rows). */
  storeCount: number;
  /** Datastores whose data goes to another store, cluster, region or engine. */
  movingCount: number;
  /** Every datastore says it is changed in place (none unknown, none moving). */
  allInPlace: boolean;
  /**
   * How changes reach the target across the moving datastores, null when nothing moves. Dual-write
   * wins over the rest (the application already writes both); an offline part ('none') over
   * replication (it needs the window); any datastore that does not say makes it 'unknown'.
   */
  sync: ChangeSync | null;
  /**
   * The datastores' software changes in place (a major-version upgrade, a new host) and nothing
   * reshapes their data: no schema change and no data in the scope. No row is copied.
   */
  softwareUpgrade: boolean;
  /** Rows that are copied or rewritten: moved datastores, and in-place ones whose data changes. */
  copyRows: number;
  copyBytes: number;
  /** The highest write rate of a moving datastore: a replicated copy must outrun it to catch up. */
  maxWritesPerSecond: number | null;
  /** Index of the first moving datastore in assessment.components, for messages and paths. */
  firstMoving: number;
  trafficSplit: TriState;
  pieceByPiece: TriState;
};

const SYNC_RANK: Record<ChangeSync, number> = { 'dual-write': 3, unknown: 2, none: 1, replication: 0 };

/** One pass over the components; `hasSchemaChange` comes from the base facts. */
export function deriveShape(plan: Plan, hasSchemaChange: boolean): Shape {
  const { assessment } = plan;
  const reshapes = hasSchemaChange || assessment.scope.includes('data');
  let storeCount = 0;
  let movingCount = 0;
  let inPlaceCount = 0;
  let sync: ChangeSync | null = null;
  let copyRows = 0;
  let copyBytes = 0;
  let maxWrites: number | null = null;
  let firstMoving = -1;
  assessment.components.forEach((c, index) => {
    if (c.role !== 'migrating' || !(c.stateful || c.rows > 0)) return;
    storeCount += 1;
    const moving = c.move !== 'unknown' && c.move !== 'in-place';
    if (c.move === 'in-place') inPlaceCount += 1;
    // In place and nothing reshaped: the rows stay where they are (an engine upgrade copies none).
    const copied = moving || c.move === 'unknown' || reshapes;
    if (copied) {
      copyRows += c.rows;
      copyBytes += c.rows * c.avgRowBytes;
    }
    if (!moving) return;
    movingCount += 1;
    if (firstMoving === -1) firstMoving = index;
    if (sync === null || SYNC_RANK[c.changeSync] > SYNC_RANK[sync]) sync = c.changeSync;
    if (c.writesPerSecond !== null) maxWrites = Math.max(maxWrites ?? 0, c.writesPerSecond);
  });
  const allInPlace = storeCount > 0 && inPlaceCount === storeCount;
  return {
    storeCount,
    movingCount,
    allInPlace,
    sync,
    softwareUpgrade: allInPlace && !reshapes,
    copyRows,
    copyBytes,
    maxWritesPerSecond: maxWrites,
    firstMoving,
    // Feature flags that already route traffic gradually (FM-04) split it, whatever nobody said here.
    trafficSplit:
      assessment.rollout.trafficSplit === 'unknown' && plan.strategy.featureFlagRouting
        ? 'yes'
        : assessment.rollout.trafficSplit,
    pieceByPiece: assessment.rollout.pieceByPiece,
  };
}
