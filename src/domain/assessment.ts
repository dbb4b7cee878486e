import { z } from 'zod';
import {
  bounded,
  Id,
  MAX_STORE_BYTES,
  RowBytes,
  RowCount,
  ShortText,
  Text,
  Timestamp,
  TriState,
  WindowMinutes,
} from './primitives';

export const SCOPE_KINDS = ['schema', 'data', 'service', 'infrastructure'] as const;
export const ScopeKind = z.enum(SCOPE_KINDS);
export type ScopeKind = z.infer<typeof ScopeKind>;

export const COMPONENT_KINDS = [
  'database',
  'table',
  'service',
  'queue',
  'cache',
  'storage',
  'infrastructure',
  'other',
] as const;
export const ComponentKind = z.enum(COMPONENT_KINDS);
export type ComponentKind = z.infer<typeof ComponentKind>;

/**
 * Migrating components are changed by the plan; consumers only depend on them and must be told;
 * targets are where a moving datastore's data goes (a new cluster, region or engine), empty at first.
 */
export const COMPONENT_ROLES = ['migrating', 'consumer', 'target'] as const;
export const ComponentRole = z.enum(COMPONENT_ROLES);
export type ComponentRole = z.infer<typeof ComponentRole>;

/**
 * Where a migrating datastore's data ends up: changed in place (same store: a schema change, or a
 * new version of its software), or moved to another store, cluster or shard, region, or engine.
 */
export const DATA_MOVES = [
  'unknown',
  'in-place',
  'other-store',
  'other-cluster',
  'other-region',
  'other-engine',
] as const;
export const DataMove = z.enum(DATA_MOVES);
export type DataMove = z.infer<typeof DataMove>;

/**
 * How writes made while the data is copied reach the target: not at all (an offline copy, writes
 * stopped), by log-based replication or CDC (binlog, WAL, oplog, Debezium), or by the application
 * writing to both stores.
 */
export const CHANGE_SYNCS = ['unknown', 'none', 'replication', 'dual-write'] as const;
export const ChangeSync = z.enum(CHANGE_SYNCS);
export type ChangeSync = z.infer<typeof ChangeSync>;

/** Requests per second; a billion is more than any single datastore serves. */
const Rate = bounded(1e9, 'is too large: more than 1,000,000,000 per second');

export const Component = z
  .object({
    id: Id,
    name: ShortText.min(1, 'a component needs a name'),
    kind: ComponentKind.default('service'),
    role: ComponentRole.default('migrating'),
    ownerTeam: ShortText.default(''),
    stateful: z.boolean().default(false),
    /** Rows held by the component; 0 for stateless components. */
    rows: RowCount.default(0),
    avgRowBytes: RowBytes.default(0),
    /** For a migrating datastore: in place, or moved elsewhere (format v2). */
    move: DataMove.default('unknown'),
    /** For a moving datastore: how changes made during the copy reach the target (format v2). */
    changeSync: ChangeSync.default('unknown'),
    /** Live traffic on the component, per second; null when not measured (format v2). */
    readsPerSecond: Rate.nullable().default(null),
    writesPerSecond: Rate.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    // Each bound alone passes, but 10^15 rows of 4 GB is no datastore: say so instead of estimating it.
    if (c.rows * c.avgRowBytes > MAX_STORE_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `is more than any datastore holds: ${c.rows.toExponential(1)} rows of ${c.avgRowBytes} bytes make ${((c.rows * c.avgRowBytes) / MAX_STORE_BYTES).toFixed(1)} EB (at most 1 EB); check the row count and the row size`,
      });
    }
  });
export type Component = z.infer<typeof Component>;

/** "from is consumed by to": `to` depends on `from` and must be told when `from` changes. */
export const DependencyEdge = z.object({
  from: Id,
  to: Id,
});
export type DependencyEdge = z.infer<typeof DependencyEdge>;

export const DOWNTIME_KINDS = [
  'unspecified',
  'zero',
  'under-5-min',
  'under-1-hour',
  'scheduled-window',
] as const;
export const DowntimeKind = z.enum(DOWNTIME_KINDS);
export type DowntimeKind = z.infer<typeof DowntimeKind>;

export const DowntimeTolerance = z.object({
  kind: DowntimeKind.default('unspecified'),
  /** Length of the scheduled window in minutes; used when kind is scheduled-window. */
  windowMinutes: WindowMinutes.nullable().default(null),
  /** Who agreed the tolerance: AQ-01 fires while stakeholders have not defined it. */
  agreedBy: ShortText.default(''),
});
export type DowntimeTolerance = z.infer<typeof DowntimeTolerance>;

export const MaintenanceWindow = z.object({
  start: Timestamp.nullable().default(null),
  durationMinutes: WindowMinutes.nullable().default(null),
  /** DC-03 needs an off-peak window before it accepts a big bang. */
  offPeak: z.boolean().default(false),
});
export type MaintenanceWindow = z.infer<typeof MaintenanceWindow>;

export const Throughput = z.object({
  /**
   * Rows per second measured on staging with production-scale data (FM-01's mitigation). Below 0.01
   * (36 rows an hour) the estimate is meaningless: 1e-300 gave "about Infinity days".
   */
  rowsPerSecond: bounded(1e9, 'is too large: more than 1,000,000,000 rows per second', {
    positive: true,
    min: { value: 0.01, message: 'is too small: at least 0.01 rows per second (36 rows an hour)' },
  })
    .nullable()
    .default(null),
  batchSize: bounded(1e9, 'is too large: at most 1,000,000,000 rows per batch', {
    int: true,
    positive: true,
  })
    .nullable()
    .default(null),
  measuredOn: ShortText.default(''),
  productionScaleData: z.boolean().default(false),
});
export type Throughput = z.infer<typeof Throughput>;

export const SQL_DIALECTS = ['postgresql', 'mysql'] as const;
export const SqlDialect = z.enum(SQL_DIALECTS);
export type SqlDialect = z.infer<typeof SqlDialect>;

export const SchemaChange = z.object({
  description: Text(2_000).default(''),
  /** DC-05 / DC-06. "unknown" until the person or the SQL analysis says. */
  backwardCompatible: TriState.default('unknown'),
  /** The forward migration as pasted or dropped; analysed by the SQL module. */
  forwardSql: Text(2_000_000).default(''),
  dialect: SqlDialect.default('postgresql'),
  /**
   * The schema as it is before the migration (`pg_dump --schema-only`), which the rollback rehearsal applies
   * first. Kept with the plan: pasted once, it was lost on a reload.
   */
  currentSchemaSql: Text(2_000_000).default(''),
  /**
   * A pasted table-statistics snapshot (pg_stat_user_tables or pg_class output, CSV or psql's table):
   * row counts, and optionally reads_per_sec / writes_per_sec, that size the SQL analysis' risks.
   */
  tableStats: Text(2_000_000).default(''),
});
export type SchemaChange = z.infer<typeof SchemaChange>;

/** How the work can be rolled out; "unknown" until someone says (format v2). */
export const Rollout = z.object({
  /** Traffic can be split by percentage (feature flags, router weights): canary becomes possible. */
  trafficSplit: TriState.default('unknown'),
  /** The work replaces a monolith piece by piece (route by route, endpoint by endpoint). */
  pieceByPiece: TriState.default('unknown'),
});
export type Rollout = z.infer<typeof Rollout>;

export const Assessment = z.object({
  scope: z.array(ScopeKind).max(4).default([]),
  components: z.array(Component).max(50_000).default([]),
  dependencies: z.array(DependencyEdge).max(200_000).default([]),
  downtime: DowntimeTolerance.default(DowntimeTolerance.parse({})),
  maintenanceWindow: MaintenanceWindow.default(MaintenanceWindow.parse({})),
  throughput: Throughput.default(Throughput.parse({})),
  rollout: Rollout.default(Rollout.parse({})),
  /** When stakeholders were, or will be, notified of the window (GR-07 needs 48 h). */
  stakeholderNoticeAt: Timestamp.nullable().default(null),
  schemaChange: SchemaChange.default(SchemaChange.parse({})),
  notes: Text().default(''),
});
export type Assessment = z.infer<typeof Assessment>;
