import { z } from 'zod';
import { SqlDialect } from './assessment';
import { Id, NonNegativeInt, ShortText, Text, Timestamp } from './primitives';

/**
 * An integrity check verified inside the databases (issue 26): the app writes read-only SQL, the person
 * runs it on the source and the target and pastes what the client printed; each round is kept here, with
 * the phase's run. Every field is optional with a default, so plans written before it still open.
 */

/** How a column's values are turned into the canonical text both dialects hash identically. */
export const VERIFY_TYPE_CLASSES = [
  'integer',
  'boolean',
  'decimal',
  'float',
  'text',
  'uuid',
  'binary',
  'date',
  'timestamp',
  'timestamptz',
  'time',
  'json',
  'other',
] as const;
export const VerifyTypeClass = z.enum(VERIFY_TYPE_CLASSES);
export type VerifyTypeClass = z.infer<typeof VerifyTypeClass>;

export const VerifySide = z.object({
  dialect: SqlDialect.default('postgresql'),
  /** `table` or `schema.table` (`database.table` in MySQL), as the person typed it. */
  table: ShortText.min(1, 'name the table'),
});
export type VerifySide = z.infer<typeof VerifySide>;

export const VerifySetup = z.object({
  source: VerifySide,
  target: VerifySide,
  /** The primary key (or another unique, not-null key), in index order. */
  keyColumns: z.array(ShortText.min(1)).min(1).max(16),
  /** Columns to compare; empty means every column both tables have. */
  columns: z.array(ShortText.min(1)).max(2_000).default([]),
  /** A filter both sides apply (a tenant, a date range); read-only, one expression. */
  where: Text(2_000).default(''),
});
export type VerifySetup = z.infer<typeof VerifySetup>;

export const VerifyColumn = z.object({
  name: ShortText,
  dataType: ShortText,
  typeClass: VerifyTypeClass,
});
export type VerifyColumn = z.infer<typeof VerifyColumn>;

export const VerifyForeignKey = z.object({
  name: ShortText,
  columns: z.array(ShortText).min(1).max(16),
  parentTable: ShortText,
  parentColumns: z.array(ShortText).min(1).max(16),
});
export type VerifyForeignKey = z.infer<typeof VerifyForeignKey>;

/** What the describe round learnt about one side's table. */
export const VerifyTableFacts = z.object({
  columns: z.array(VerifyColumn).max(2_000),
  primaryKey: z.array(ShortText).max(16),
  foreignKeys: z.array(VerifyForeignKey).max(200),
  rows: NonNegativeInt,
  /** Smallest and largest key as printed, for a single-column key; null for an empty table. */
  keyMin: Text(2_000).nullable(),
  keyMax: Text(2_000).nullable(),
});
export type VerifyTableFacts = z.infer<typeof VerifyTableFacts>;

/** A key value per key column, as canonical text. */
export const VerifyKey = z.array(Text(2_000)).min(1).max(16);
export type VerifyKey = z.infer<typeof VerifyKey>;

/**
 * A part of the table: keys in [lo, hi) (null: open on that side), and within it the rows whose key hash
 * modulo `mod` is `rem` (mod 1: the whole range). Row counts are filled once both sides reported it.
 */
export const VerifySegment = z.object({
  lo: VerifyKey.nullable(),
  hi: VerifyKey.nullable(),
  mod: z
    .number()
    .int()
    .min(1)
    .max(2 ** 40),
  rem: z.number().int().min(0),
  sourceRows: NonNegativeInt.nullable().default(null),
  targetRows: NonNegativeInt.nullable().default(null),
});
export type VerifySegment = z.infer<typeof VerifySegment>;

export const VERIFY_DIFF_KINDS = ['missing', 'extra', 'changed'] as const;
export const VerifyKeyDiff = z.object({
  key: VerifyKey,
  /** missing: in the source only; extra: in the target only; changed: on both, with other values. */
  kind: z.enum(VERIFY_DIFF_KINDS),
  /** For a changed row, the columns whose values differ. */
  columns: z.array(ShortText).max(2_000).default([]),
});
export type VerifyKeyDiff = z.infer<typeof VerifyKeyDiff>;

export const VerifyOrphans = z.object({
  foreignKey: ShortText,
  side: z.enum(['source', 'target']),
  count: NonNegativeInt,
  /** Child key and foreign-key value of the first orphans, as printed. */
  samples: z.array(Text(2_000)).max(50).default([]),
});
export type VerifyOrphans = z.infer<typeof VerifyOrphans>;

export const VERIFY_ROUND_KINDS = ['describe', 'boundaries', 'checksum', 'narrow'] as const;
export type VerifyRoundKind = (typeof VERIFY_ROUND_KINDS)[number];

export const VerifyRound = z.object({
  number: z.number().int().min(1),
  kind: z.enum(VERIFY_ROUND_KINDS),
  at: Timestamp,
  /** Segments compared in this round (0 for describe and boundaries). */
  checked: NonNegativeInt.default(0),
  mismatched: z.array(VerifySegment).max(5_000).default([]),
  differences: z.array(VerifyKeyDiff).max(5_000).default([]),
  orphans: z.array(VerifyOrphans).max(400).default([]),
  /** The paste sizes, so the cost of a round stays visible. */
  sourceBytes: NonNegativeInt.default(0),
  targetBytes: NonNegativeInt.default(0),
  note: Text(5_000).default(''),
});
export type VerifyRound = z.infer<typeof VerifyRound>;

export const VerifySession = z.object({
  id: Id,
  checkId: Id,
  startedAt: Timestamp,
  setup: VerifySetup,
  /** The plan's tables and the check as they were at the start; a change makes the result stale. */
  fingerprint: ShortText,
  source: VerifyTableFacts.nullable().default(null),
  target: VerifyTableFacts.nullable().default(null),
  /** Chunk boundaries sampled on the source, for keys that are not a single integer column. */
  boundaries: z.array(VerifyKey).max(20_000).nullable().default(null),
  rounds: z.array(VerifyRound).max(500).default([]),
  /** Segments the next narrowing round checks; null before the checksum round. */
  pending: z.array(VerifySegment).max(20_000).nullable().default(null),
  /** When this session's result was recorded as the check's result. */
  recordedAt: Timestamp.nullable().default(null),
});
export type VerifySession = z.infer<typeof VerifySession>;
