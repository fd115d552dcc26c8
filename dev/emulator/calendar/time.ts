// Time-zone arithmetic for the Calendar emulator: instants (epoch ms) versus wall-clock times
// ("floating" ms whose UTC fields are the local clock reading), RFC 3339 parsing and formatting.
import { zonedFields } from '../time-zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The zone's offset from UTC at `instant`, in minutes.
 * @example offsetMinutes('Europe/Paris', Date.parse('2027-01-05T09:00:00Z')) // 60
 */
export function offsetMinutes(timeZone: string, instant: number): number {
  return zonedFields(instant, timeZone).offsetMinutes;
}

/** The wall-clock reading (floating ms) of `instant` in `timeZone`. */
export function instantToWall(timeZone: string, instant: number): number {
  return instant + offsetMinutes(timeZone, instant) * MINUTE;
}

/**
 * The instant at which clocks in `timeZone` read `wall`. An ambiguous reading (clocks going back)
 * takes the earlier instant; a reading skipped by clocks going forward uses the offset from
 * before the gap, as RFC 5545 §3.3.5 says (02:30 on a spring-forward night is 03:30 summer time).
 * @example wallToInstant('Europe/Paris', Date.UTC(2027, 2, 29, 10)) // Date.parse('2027-03-29T08:00:00Z')
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const before = offsetMinutes(timeZone, wall - DAY);
  const after = offsetMinutes(timeZone, wall + DAY);
  const candidates = [wall - before * MINUTE, wall - after * MINUTE].filter(
    (instant) => instantToWall(timeZone, instant) === wall,
  );
  if (candidates.length === 0) return wall - before * MINUTE;
  return Math.min(...candidates);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * RFC 3339 text of `instant` with the zone's offset, as Calendar renders dateTime values.
 * @example formatDateTime(Date.parse('2027-01-05T09:00:00Z'), 'Europe/Paris') // '2027-01-05T10:00:00+01:00'
 */
export function formatDateTime(instant: number, timeZone: string): string {
  const offset = offsetMinutes(timeZone, instant);
  const wall = new Date(instant + offset * MINUTE);
  const text =
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  if (offset === 0) return `${text}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${text}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** RFC 3339 UTC text with milliseconds, as Calendar writes `created` and `updated`. */
export function formatTimestamp(instant: number): string {
  return new Date(instant).toISOString();
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * The instant an RFC 3339 dateTime names; a value without offset is read in `timeZone`.
 * NaN when the text is not a dateTime or needs a zone that is not given.
 * @example parseDateTime('2027-01-05T10:00:00', 'Europe/Paris') // Date.parse('2027-01-05T09:00:00Z')
 */
export function parseDateTime(text: string, timeZone?: string): number {
  const match = DATE_TIME.exec(text);
  if (!match) return NaN;
  const [, y, mo, d, h, mi, s, zone] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(wall)) return NaN;
  if (zone === undefined) return timeZone ? wallToInstant(timeZone, wall) : NaN;
  if (zone.toUpperCase() === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  return wall - sign * minutes * MINUTE;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Floating ms of midnight of a calendar date ('YYYY-MM-DD'); NaN when malformed.
 * @example dateToWall('2026-11-24') // Date.UTC(2026, 10, 24)
 */
export function dateToWall(date: string): number {
  const match = DATE.exec(date);
  if (!match) return NaN;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(wall).toISOString().slice(0, 10) === date ? wall : NaN;
}

/** 'YYYY-MM-DD' of a floating ms. */
export function wallToDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** Compact iCalendar text of a floating or UTC ms: 'YYYYMMDDTHHMMSS' (no zone letter). */
export function compactDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** Compact iCalendar date: 'YYYYMMDD'. */
export function compactDate(ms: number): string {
  return compactDateTime(ms).slice(0, 8);
}

export { DAY, MINUTE };
