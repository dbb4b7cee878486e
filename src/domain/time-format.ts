/**
 * Times as people read them, in the plan's time zone: "Sun 20 Dec 2026, 23:00 CET". The exporters stay
 * pure: the zone comes with the plan, and Intl.DateTimeFormat reads no clock and no setting of the
 * machine once the zone and the locale are given.
 */

/**
 * The zone of last resort. Not imported from the domain: its module carries the zod schema, and the
 * run screen's store uses this module in the first load, where zod is not.
 */
const UTC = 'UTC';

type Formatters = { gb: Intl.DateTimeFormat; us: Intl.DateTimeFormat };
const cache = new Map<string, Formatters | null>();

/** The formatters for a zone, made once (making one costs far more than using it); null if unknown. */
function formattersOf(zone: string): Formatters | null {
  const known = cache.get(zone);
  if (known !== undefined) return known;
  let made: Formatters | null;
  try {
    made = {
      // Numbers only: the words are this module's own, so that every runtime's locale data (one says
      // "Sep", another "Sept") writes the same text.
      gb: new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
        timeZoneName: 'short',
      }),
      // British English names only European zones (CET, BST); American English names its own (EST).
      us: new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }),
    };
  } catch {
    made = null;
  }
  cache.set(zone, made);
  return made;
}

/** Whether this runtime's time zone data knows the zone; the exporters use UTC for one it does not. */
export const knownTimeZone = (zone: string) => formattersOf(zone) !== null;

/** The zone the exports actually use for a plan's zone: itself, or UTC when it is unknown here. */
export const effectiveZone = (zone: string) => (knownTimeZone(zone) ? zone : UTC);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
  parts.find((p) => p.type === type)?.value ?? '';

type Civil = { year: number; month: number; day: number; hour: number; minute: number; zone: string };

/** The wall-clock time in the zone, and the zone's short name then. */
function civil(date: Date, zone: string): Civil | null {
  const f = formattersOf(effectiveZone(zone));
  if (!f) return null;
  const parts = f.gb.formatToParts(date);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(part(parts, type));
  let name = part(parts, 'timeZoneName');
  // CET or CEST, EST or EDT where a runtime has a name, else an offset such as GMT+5:30.
  if (/^GMT[+-]/.test(name)) {
    const american = part(f.us.formatToParts(date), 'timeZoneName');
    if (american !== '' && !/^GMT[+-]/.test(american)) name = american;
  }
  return {
    year: n('year'),
    month: n('month'),
    day: n('day'),
    hour: n('hour') % 24,
    minute: n('minute'),
    zone: name,
  };
}

const dayWords = (year: number, month: number, day: number) =>
  `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;

/** "Sun 20 Dec 2026, 23:00 CET"; a text that is not a time is returned as it is. */
export function formatMoment(at: string | Date, zone: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const c = civil(date, zone);
  if (!c) return date.toISOString();
  return `${dayWords(c.year, c.month, c.day)}, ${pad(c.hour)}:${pad(c.minute)} ${c.zone}`;
}

/**
 * A calendar day ("2026-11-19") as "Thu 19 Nov 2026". A day has no zone: it is the day the person
 * wrote, so it is never shifted.
 */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return day;
  return dayWords(year, month, date);
}

/** A moment as the zone's wall clock, "2026-12-20 23:00": Mermaid's gantt dates. */
export function wallClock(at: Date, zone: string): string {
  const c = civil(at, zone);
  if (!c) return at.toISOString().slice(0, 16).replace('T', ' ');
  return `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** The calendar day of a moment in the zone, as YYYY-MM-DD (MADR's date field). */
export function dayIn(at: Date, zone: string): string {
  const c = civil(at, zone);
  if (!c) return at.toISOString().slice(0, 10);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/**
 * The sentence an export puts once at its top, so that every time below reads unambiguously:
 * "Times are in Europe/Berlin." or, for a zone this runtime does not know, why they are in UTC.
 */
export function zoneSentence(zone: string): string {
  if (knownTimeZone(zone)) return `Times are in ${zone}.`;
  return `Times are in UTC: the plan's time zone "${zone}" is not known here.`;
}
