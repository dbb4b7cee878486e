import { quantityOrNull } from '../domain/quantity';

/** `<input type="datetime-local">` speaks local wall-clock time; the plan stores instants (ISO, UTC). */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localInputToIso(value: string): string | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * For number boxes: an empty box means "not known yet", never zero; "30k" is 30,000; text that is not
 * a number is NaN, which the form's schema refuses with its message (see domain/quantity.ts).
 */
export const numberOrNull = quantityOrNull('rate');
