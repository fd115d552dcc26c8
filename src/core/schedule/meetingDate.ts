// The date a meeting belongs to, in the user's zone, and the heading of its section in the
// agenda doc (design §3: `2026-11-24 · Tuesday`, ISO date first).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { localDateOf, parseIsoDate, type IsoDate } from './eventTime';

type CalendarEvent = calendar_v3.Schema$Event;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/**
 * Milliseconds in 24 hours: Tandem's one day for time windows ("the last 90 days") and for days
 * between UTC midnights. A local day across a daylight-saving change is 23 or 25 hours: count
 * those with dates (daysBetween), not with this.
 */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour: the period of Tandem's one hourly trigger. */
export const HOUR_MS = 3_600_000;

/**
 * The date of a meeting: the local date written in its `start` (the shell lists events with the
 * user's `timeZone`, so `2026-11-24T00:30:00+01:00` is the 24th even though it is the 23rd in
 * UTC), or its all-day `start.date`. A moved instance has the date it was moved to; a cancelled
 * exception, which may carry only `originalStartTime`, has the date it was planned for. `null`
 * when the event has no readable time.
 *
 * @example
 * meetingDate({ start: { dateTime: '2026-11-24T10:00:00+01:00' } }) //=> '2026-11-24'
 * meetingDate({ start: { date: '2026-11-24' } }) //=> '2026-11-24'
 */
export function meetingDate(instance: CalendarEvent): IsoDate | null {
  return localDateOf(instance.start) ?? localDateOf(instance.originalStartTime);
}

/**
 * The heading of a meeting's section: the ISO date, a middle dot, the English weekday of that
 * date (computed from the date alone, never from a clock or zone). Throws a RangeError for a
 * date that is not a real `YYYY-MM-DD` calendar date.
 *
 * @example
 * sectionLabel('2026-11-24') //=> '2026-11-24 · Tuesday'
 */
export function sectionLabel(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`sectionLabel needs a YYYY-MM-DD date, got "${date.slice(0, 20)}"`);
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()];
  return `${date} · ${weekday}`;
}

/**
 * Whole calendar days from date `from` to date `to` (negative when `to` is earlier). Dates, not
 * instants: a week across a daylight-saving change is 7 days, not 6.96 or 7.04.
 *
 * @example
 * daysBetween('2026-10-20', '2026-10-27') //=> 7
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError('daysBetween needs two YYYY-MM-DD dates');
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}
