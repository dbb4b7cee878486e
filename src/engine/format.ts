/** Number and duration formatting shared by messages and question templates; locale-free so output is stable. */

export function formatCount(n: number): string {
  const whole = Math.round(n);
  const text = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${text}` : text;
}

export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  if (hours < 48) return `${round1(hours)} h`;
  if (hours < 2 * 8760) return `${round1(hours / 24)} days`;
  return `${formatCount(hours / 8760)} years`;
}

export function formatMinutes(minutes: number): string {
  return formatHours(minutes / 60);
}

/** Powers of 1024, so the units say so (GiB, not GB: 180 GB is 167.6 GiB). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${round1(value)} ${units[unit] ?? 'B'}`;
}

function round1(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Statement text shortened for a message or a question; SQL can be pages long. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A duration as the audit log's `estimated_duration` writes it: "45m", "2h 05m", or "unknown". */
export function formatEstimatedDuration(hours: number | null): string {
  if (hours === null) return 'unknown';
  const minutes = Math.round(hours * 60);
  if (minutes < 60) return `${minutes}m`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
