// Reading the times of Calendar v3 events without the host's clock or zone: RFC 3339 date-times
// with their offset, and all-day dates placed at midnight in the event's or the user's zone.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';

type EventDateTime = calendar_v3.Schema$EventDateTime;

/** A calendar date written `YYYY-MM-DD`, as in a section heading. */
export type IsoDate = string;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

/**
 * The instant of an RFC 3339 date-time, in epoch milliseconds; `null` when the text is not one or
 * has no offset (a bare local time names no instant, and `Date.parse` would read it in the host's
 * zone).
 *
 * @example
 * parseDateTime('2026-11-24T10:00:00+01:00') //=> Date.UTC(2026, 10, 24, 9)
 * parseDateTime('2026-11-24T10:00:00') //=> null
 */
export function parseDateTime(text: string): number | null {
  const match = RFC3339.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', offset = 'Z'] = match;
  const date = parseIsoDate(`${year}-${month}-${day}`);
  if (!date || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return null;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wallClock = Date.UTC(
    date.year,
    date.month - 1,
    date.day,
    Number(hour),
    Number(minute),
    Number(second),
    milliseconds,
  );
  return wallClock - offsetMinutes(offset) * MINUTE_MS;
}

/**
 * The parts of a real calendar date written `YYYY-MM-DD`; `null` otherwise (`2026-02-30` too).
 *
 * @example
 * parseIsoDate('2028-02-29') //=> { year: 2028, month: 2, day: 29 }
 * parseIsoDate('2026-02-29') //=> null
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

/**
 * The instant an event time stands for: a `dateTime` as written; an all-day `date` at local
 * midnight in the time's own `timeZone`, else `fallbackZone`, else UTC. `null` if unreadable.
 *
 * @example
 * instantOf({ dateTime: '2026-11-24T10:00:00+05:45' }) //=> Date.UTC(2026, 10, 24, 4, 15)
 * instantOf({ date: '2026-11-24' }, 'Europe/Paris') //=> Date.UTC(2026, 10, 23, 23)
 */
export function instantOf(time: EventDateTime | undefined, fallbackZone?: string): number | null {
  if (time?.dateTime) return parseDateTime(time.dateTime);
  if (time?.date) return startOfDayIn(time.date, time.timeZone || fallbackZone || 'UTC');
  return null;
}

/**
 * The local date of an event time: the date written in `dateTime` (the shell lists events in the
 * user's zone, so it is the user's date) or the all-day `date`. `null` if unreadable.
 *
 * @example
 * localDateOf({ dateTime: '2026-11-24T00:15:00+05:45' }) //=> '2026-11-24'
 */
export function localDateOf(time: EventDateTime | undefined): IsoDate | null {
  if (time?.dateTime) return parseDateTime(time.dateTime) === null ? null : time.dateTime.slice(0, 10);
  if (time?.date) return parseIsoDate(time.date) ? time.date : null;
  return null;
}

/**
 * The calendar date of an instant in an IANA zone (UTC for an unknown zone).
 *
 * @example
 * dateIn(Date.UTC(2026, 10, 24, 7, 0), 'America/Los_Angeles') //=> '2026-11-23'
 */
export function dateIn(instant: number, timeZone: string): IsoDate {
  const wall = new Date(instant + zoneOffsetMs(timeZone, instant));
  return wall.toISOString().slice(0, 10);
}

/**
 * The instant local midnight starts `date` in an IANA `timeZone`, DST included (on 2026-10-25
 * Paris midnight is still at +02:00). An unknown zone, or a runtime without zone data, reads as
 * UTC rather than failing the whole sync. `null` for a date that is not real.
 *
 * @example
 * startOfDayIn('2026-10-25', 'Europe/Paris') //=> Date.UTC(2026, 9, 24, 22)
 */
export function startOfDayIn(date: IsoDate, timeZone: string): number | null {
  const parts = parseIsoDate(date);
  if (!parts) return null;
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day);
  // Two passes: the offset at UTC midnight may differ from the offset at local midnight.
  const firstGuess = wallClock - zoneOffsetMs(timeZone, wallClock);
  return wallClock - zoneOffsetMs(timeZone, firstGuess);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(timeZone: string, instant: number): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(instant));
  } catch {
    return 0;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour') % 24,
    part('minute'),
    part('second'),
  );
  const offset = wallClock - (instant - (((instant % 1000) + 1000) % 1000));
  return Number.isFinite(offset) ? offset : 0;
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}
