import { describe, expect, it } from 'vitest';
import { dayIn, formatDay, formatMoment, knownTimeZone, zoneSentence } from './time-format';

describe('times in exports', () => {
  it('reads a moment in the plan’s zone, with the zone’s name at that moment', () => {
    expect(formatMoment('2026-12-20T22:00:00.000Z', 'Europe/Berlin')).toBe('Sun 20 Dec 2026, 23:00 CET');
    expect(formatMoment('2026-07-01T09:05:00Z', 'Europe/Berlin')).toBe('Wed 1 Jul 2026, 11:05 CEST');
    expect(formatMoment('2026-12-20T22:00:00Z', 'America/New_York')).toBe('Sun 20 Dec 2026, 17:00 EST');
    expect(formatMoment('2026-12-20T22:00:00Z', 'UTC')).toBe('Sun 20 Dec 2026, 22:00 UTC');
  });

  it('names a zone without a common abbreviation by its offset, and crosses midnight', () => {
    expect(formatMoment('2026-12-20T22:00:00Z', 'Asia/Kolkata')).toBe('Mon 21 Dec 2026, 03:30 GMT+5:30');
    expect(formatMoment(new Date('2026-12-31T23:59:00Z'), 'Pacific/Auckland')).toMatch(
      /^Fri 1 Jan 2027, 12:59 (NZDT|GMT\+13)$/,
    );
  });

  it('writes the same English words whatever the runtime’s locale data (Sep, never Sept)', () => {
    expect(formatMoment('2026-09-10T08:00:00Z', 'UTC')).toBe('Thu 10 Sep 2026, 08:00 UTC');
    expect(formatDay('2026-09-10')).toBe('Thu 10 Sep 2026');
  });

  it('shows a calendar day as the day written, never shifted by a zone', () => {
    expect(formatDay('2026-11-19')).toBe('Thu 19 Nov 2026');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('takes the day of a moment in the zone (the ADR’s date)', () => {
    const lateEvening = new Date('2026-12-20T23:30:00Z');
    expect(dayIn(lateEvening, 'UTC')).toBe('2026-12-20');
    expect(dayIn(lateEvening, 'Europe/Berlin')).toBe('2026-12-21');
    expect(dayIn(lateEvening, 'America/Los_Angeles')).toBe('2026-12-20');
  });

  it('uses UTC for a zone this runtime does not know, and says so', () => {
    expect(knownTimeZone('Mars/Olympus')).toBe(false);
    expect(formatMoment('2026-12-20T22:00:00Z', 'Mars/Olympus')).toBe('Sun 20 Dec 2026, 22:00 UTC');
    expect(zoneSentence('Mars/Olympus')).toBe(
      `Times are in UTC: the plan's time zone "Mars/Olympus" is not known here.`,
    );
    expect(zoneSentence('Europe/Berlin')).toBe('Times are in Europe/Berlin.');
  });

  it('leaves a text that is not a time as it is', () => {
    expect(formatMoment('soon', 'UTC')).toBe('soon');
  });
});
