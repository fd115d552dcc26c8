// Recurring events: parses an event's RRULE/EXRULE/RDATE/EXDATE lines and expands them with the
// `rrule` package in wall-clock time of the series' zone, so a 10:00 meeting stays at 10:00 across DST.
import { RRule } from 'rrule';
import type { Options } from 'rrule';
import { compactDate, compactDateTime, DAY, instantToWall, wallToInstant } from './time';
import { isIanaTimeZone } from '../time-zone';

/** Most instances one series expands to in one call (a safety bound, far above any real page). */
export const MAX_INSTANCES = 5000;

/** Where a series starts: the first instance's wall-clock start in the zone its rules are read in. */
export interface SeriesStart {
  allDay: boolean;
  /** start.timeZone for timed series; the calendar's zone for all-day ones. */
  timeZone: string;
  /** Floating ms: UTC fields are the local clock reading of the first start. */
  startWall: number;
}

interface DateSet {
  /** Exact wall-clock starts. */
  walls: Set<number>;
  /** Whole dates ('YYYYMMDD'): every instance starting that day. */
  days: Set<string>;
}

export interface Recurrence {
  rules: Partial<Options>[];
  exceptionRules: Partial<Options>[];
  extraStarts: number[];
  excluded: DateSet;
}

/** Thrown for recurrence text Google would refuse ("Invalid recurrence rule."). */
export class RecurrenceError extends Error {
  override readonly name = 'RecurrenceError';
}

const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_VALUE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

function fail(line: string, why: string): never {
  throw new RecurrenceError(`${why}: ${line}`);
}

/** Wall-clock (in the series zone) of one RDATE/EXDATE/UNTIL value, or a whole day. */
function readValue(
  value: string,
  zoneParam: string | undefined,
  series: SeriesStart,
  line: string,
): { wall: number } | { day: string } {
  const date = DATE_VALUE.exec(value);
  if (date) return { day: value };
  const dateTime = DATE_TIME_VALUE.exec(value);
  if (!dateTime) fail(line, 'bad date value');
  const [, y, mo, d, h, mi, s, z] = dateTime;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(wall)) fail(line, 'bad date value');
  if (z) return { wall: instantToWall(series.timeZone, wall) };
  if (zoneParam && zoneParam !== series.timeZone) {
    if (!isIanaTimeZone(zoneParam)) fail(line, 'unknown TZID');
    return { wall: instantToWall(series.timeZone, wallToInstant(zoneParam, wall)) };
  }
  return { wall };
}

function parseRule(text: string, series: SeriesStart, line: string): Partial<Options> {
  let options: Partial<Options>;
  try {
    options = RRule.parseString(text);
  } catch {
    fail(line, 'unreadable rule');
  }
  if (typeof options.freq !== 'number') fail(line, 'missing or unknown FREQ');
  if (options.dtstart || /DTSTART/i.test(text)) fail(line, 'DTSTART is not allowed');
  if (options.count !== undefined && options.count !== null && options.count < 1) fail(line, 'bad COUNT');
  if (options.interval !== undefined && options.interval < 1) fail(line, 'bad INTERVAL');
  if (options.count && options.until) fail(line, 'COUNT and UNTIL together');
  for (const value of Object.values(options)) {
    if (Array.isArray(value) && value.some((v) => v === null || Number.isNaN(v))) fail(line, 'bad list');
  }
  const until = /UNTIL=([0-9TZ]+)/i.exec(text)?.[1];
  if (until) {
    const read = readValue(until.toUpperCase(), undefined, series, line);
    const wall =
      'wall' in read
        ? read.wall
        : Date.UTC(+read.day.slice(0, 4), +read.day.slice(4, 6) - 1, +read.day.slice(6));
    // A date-only UNTIL on a timed series keeps every instance of that day.
    options.until = new Date('day' in read && !series.allDay ? wall + DAY - 1000 : wall);
  }
  // Some parts parse but cannot expand (BYDAY=XX): Google refuses those at insert, so must we,
  // or every later listing of the calendar would fail.
  try {
    new RRule({ ...options, dtstart: new Date(series.startWall), tzid: null, count: 1 }).all();
  } catch {
    fail(line, 'rule cannot be expanded');
  }
  return options;
}

function splitLine(line: string): { name: string; params: Record<string, string>; value: string } {
  const colon = line.indexOf(':');
  if (colon < 0) fail(line, 'no value');
  const [name = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const [key = '', val = ''] = raw.split('=');
    params[key.toUpperCase()] = val;
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1).trim() };
}

/**
 * Reads `recurrence` lines for a series; throws RecurrenceError on anything Google refuses.
 * @example parseRecurrence(['RRULE:FREQ=WEEKLY;BYDAY=TU', 'EXDATE;TZID=Europe/Paris:20261201T100000'], series)
 */
export function parseRecurrence(lines: string[], series: SeriesStart): Recurrence {
  const recurrence: Recurrence = {
    rules: [],
    exceptionRules: [],
    extraStarts: [],
    excluded: { walls: new Set(), days: new Set() },
  };
  for (const line of lines) {
    if (typeof line !== 'string') fail(String(line), 'not text');
    const { name, params, value } = splitLine(line);
    if (name === 'RRULE') recurrence.rules.push(parseRule(value, series, line));
    else if (name === 'EXRULE') recurrence.exceptionRules.push(parseRule(value, series, line));
    else if (name === 'RDATE' || name === 'EXDATE') {
      for (const item of value.split(',')) {
        const read = readValue(item.trim().toUpperCase(), params.TZID, series, line);
        if (name === 'EXDATE') {
          if ('wall' in read) recurrence.excluded.walls.add(read.wall);
          else recurrence.excluded.days.add(read.day);
        } else if ('wall' in read) {
          recurrence.extraStarts.push(read.wall);
        } else {
          const day = Date.UTC(+read.day.slice(0, 4), +read.day.slice(4, 6) - 1, +read.day.slice(6));
          recurrence.extraStarts.push(day + (series.startWall % DAY));
        }
      }
    } else fail(line, 'unknown property');
  }
  return recurrence;
}

function ruleStarts(options: Partial<Options>, series: SeriesStart, untilWall: number): number[] {
  const rule = new RRule({ ...options, dtstart: new Date(series.startWall), tzid: null });
  const starts: number[] = [];
  rule.all((date, index) => {
    if (date.getTime() > untilWall || index >= MAX_INSTANCES) return false;
    starts.push(date.getTime());
    return true;
  });
  return starts.filter((start) => start <= untilWall);
}

/**
 * Wall-clock starts of every instance up to `untilWall` (inclusive), in order. The series'
 * own start is always the first instance, even when the rule would not produce it: Google shows
 * it (googleapis/google-api-nodejs-client#2214: a Monday start with BYDAY=TU,TH,SA;COUNT=5 gives
 * six instances).
 * @example expandRecurrence(parseRecurrence(['RRULE:FREQ=DAILY;COUNT=2'], s), s, Infinity) // [s.startWall, s.startWall + DAY]
 */
export function expandRecurrence(recurrence: Recurrence, series: SeriesStart, untilWall: number): number[] {
  const starts = new Set<number>([series.startWall]);
  for (const rule of recurrence.rules)
    for (const start of ruleStarts(rule, series, untilWall)) starts.add(start);
  for (const start of recurrence.extraStarts) if (start <= untilWall) starts.add(start);
  for (const rule of recurrence.exceptionRules) {
    for (const start of ruleStarts(rule, series, untilWall)) starts.delete(start);
  }
  return [...starts]
    .filter((start) => start <= untilWall)
    .filter(
      (start) => !recurrence.excluded.walls.has(start) && !recurrence.excluded.days.has(compactDate(start)),
    )
    .sort((a, b) => a - b)
    .slice(0, MAX_INSTANCES);
}

/**
 * Google's id for one instance: the series id, '_', and the original start in UTC
 * ('YYYYMMDDTHHMMSSZ') for timed series or the date ('YYYYMMDD') for all-day ones.
 * @example instanceId('abc123', { allDay: false, timeZone: 'Europe/Paris', startWall }, wall) // 'abc123_20261027T090000Z'
 */
export function instanceId(baseId: string, series: SeriesStart, startWall: number): string {
  if (series.allDay) return `${baseId}_${compactDate(startWall)}`;
  return `${baseId}_${compactDateTime(wallToInstant(series.timeZone, startWall))}Z`;
}

/**
 * Splits an instance id into its series id and original start; null when `id` is not one.
 * @example parseInstanceId('abc123_20261027T090000Z') // { baseId: 'abc123', utc: Date.parse('2026-10-27T09:00:00Z') }
 */
export function parseInstanceId(id: string): { baseId: string; utc?: number; day?: number } | null {
  const match = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(id);
  if (!match) return null;
  const [, baseId = '', y, mo, d, h, mi, s] = match;
  if (h === undefined) return { baseId, day: Date.UTC(Number(y), Number(mo) - 1, Number(d)) };
  return { baseId, utc: Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) };
}
