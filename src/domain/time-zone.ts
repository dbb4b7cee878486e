import { z } from 'zod';

/**
 * An IANA time zone name ("Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC").
 * The schema checks its shape only, so the published JSON Schema says the same as the app: whether a
 * runtime knows the zone depends on its time zone data, and the exporters show UTC, saying so, for a
 * zone the runtime does not know.
 */
export const TimeZoneName = z
  .string()
  .max(64)
  .regex(
    /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/,
    'must be an IANA time zone name such as "Europe/Berlin" or "UTC"',
  );

/** Files written before plans carried a zone show their times in UTC, as their ISO times were. */
export const DEFAULT_TIME_ZONE = 'UTC';
