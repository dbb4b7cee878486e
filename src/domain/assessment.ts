import { z } from 'zod';
import {
  Id,
  NonNegative,
  NonNegativeInt,
  Positive,
  ShortText,
  Text,
  Timestamp,
  TriState,
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

/** Migrating components are changed by the plan; consumers only depend on them and must be told. */
export const COMPONENT_ROLES = ['migrating', 'consumer'] as const;
export const ComponentRole = z.enum(COMPONENT_ROLES);
export type ComponentRole = z.infer<typeof ComponentRole>;

export const Component = z.object({
  id: Id,
  name: ShortText.min(1, 'a component needs a name'),
  kind: ComponentKind.default('service'),
  role: ComponentRole.default('migrating'),
  ownerTeam: ShortText.default(''),
  stateful: z.boolean().default(false),
  /** Rows held by the component; 0 for stateless components. */
  rows: NonNegativeInt.default(0),
  avgRowBytes: NonNegative.default(0),
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
  windowMinutes: Positive.nullable().default(null),
  /** Who agreed the tolerance: AQ-01 fires while stakeholders have not defined it. */
  agreedBy: ShortText.default(''),
});
export type DowntimeTolerance = z.infer<typeof DowntimeTolerance>;

export const MaintenanceWindow = z.object({
  start: Timestamp.nullable().default(null),
  durationMinutes: Positive.nullable().default(null),
  /** DC-03 needs an off-peak window before it accepts a big bang. */
  offPeak: z.boolean().default(false),
});
export type MaintenanceWindow = z.infer<typeof MaintenanceWindow>;

export const Throughput = z.object({
  /** Rows per second measured on staging with production-scale data (FM-01's mitigation). */
  rowsPerSecond: Positive.nullable().default(null),
  batchSize: Positive.int('must be a whole number').nullable().default(null),
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

export const Assessment = z.object({
  scope: z.array(ScopeKind).max(4).default([]),
  components: z.array(Component).max(50_000).default([]),
  dependencies: z.array(DependencyEdge).max(200_000).default([]),
  downtime: DowntimeTolerance.default(DowntimeTolerance.parse({})),
  maintenanceWindow: MaintenanceWindow.default(MaintenanceWindow.parse({})),
  throughput: Throughput.default(Throughput.parse({})),
  /** When stakeholders were, or will be, notified of the window (GR-07 needs 48 h). */
  stakeholderNoticeAt: Timestamp.nullable().default(null),
  schemaChange: SchemaChange.default(SchemaChange.parse({})),
  notes: Text().default(''),
});
export type Assessment = z.infer<typeof Assessment>;
