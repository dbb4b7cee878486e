import { z } from 'zod';

/** A stable identifier for an item inside a plan (component, phase, trigger...). */
export const Id = z.string().min(1, 'must not be empty').max(100);

/** A full timestamp with offset, e.g. 2026-12-01T22:00:00.000Z. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar day, e.g. 2026-12-01. */
export const Day = z.iso.date();

export const NonNegativeInt = z.number().int('must be a whole number').min(0, 'must not be negative');
export const NonNegative = z.number().finite('must be a finite number').min(0, 'must not be negative');
export const Positive = z.number().finite('must be a finite number').positive('must be greater than zero');

/** Free text typed by a person; bounded so that a pasted novel cannot wedge the UI or the exports. */
export const Text = (max = 20_000) => z.string().max(max, `must be at most ${max} characters`);
export const ShortText = Text(500);

/** Tri-state answers: "unknown" is how the engine learns that it must ask. */
export const TriState = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof TriState>;

const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A number with an upper bound checked before anything else, so an absurd value (1e300) is called too
 * large instead of "not a whole number" (zod's integer check refuses unsafe integers too).
 */
export function bounded(
  max: number,
  tooLarge: string,
  opts: { int?: boolean; positive?: boolean; min?: { value: number; message: string } } = {},
) {
  let schema = z.number().finite('must be a finite number').max(max, { message: tooLarge, abort: true });
  schema = opts.positive
    ? schema.positive('must be greater than zero')
    : schema.min(0, 'must not be negative');
  if (opts.min) schema = schema.min(opts.min.value, opts.min.message);
  return opts.int ? schema.int('must be a whole number') : schema;
}

/** More rows than any single datastore holds (Discord's trillions of messages are about 10^13). */
export const MAX_ROWS = 1e15;
/** A row larger than this is not a row (PostgreSQL caps a field at 1 GB, MySQL a LONGBLOB at 4 GB). */
export const MAX_ROW_BYTES = 4 * 1024 ** 3;
/** One exabyte: no single datastore in a migration plan holds more. */
export const MAX_STORE_BYTES = 1e18;
/** A phase longer than two years is a programme, not a phase. */
export const MAX_PHASE_MINUTES = 2 * 365 * 24 * 60;
/** A maintenance window longer than a month is not a window. */
export const MAX_WINDOW_MINUTES = 31 * 24 * 60;
/** Hours: soak periods and how long a rollback stays available (two years). */
export const MAX_HOURS = 2 * 365 * 24;

export const RowCount = bounded(
  MAX_ROWS,
  `is too large: more rows than any datastore holds (at most ${count(MAX_ROWS)}); check the unit`,
  { int: true },
);
export const RowBytes = bounded(
  MAX_ROW_BYTES,
  'is too large for one row (at most 4 GB); give the average row size in bytes',
);
export const PhaseMinutes = bounded(
  MAX_PHASE_MINUTES,
  `is too long: more than two years (${count(MAX_PHASE_MINUTES)} minutes); split the phase`,
  { positive: true },
);
export const WindowMinutes = bounded(
  MAX_WINDOW_MINUTES,
  `is too long for a maintenance window: more than a month (${count(MAX_WINDOW_MINUTES)} minutes)`,
  { positive: true },
);
export const Hours = (positive: boolean) =>
  bounded(MAX_HOURS, `is too long: more than two years (${count(MAX_HOURS)} hours)`, { positive });
