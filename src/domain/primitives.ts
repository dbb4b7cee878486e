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
