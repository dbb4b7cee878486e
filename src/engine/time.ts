/** Epoch ms of an ISO timestamp, or null when there is none or it does not parse. */
export function parseTime(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
