// When each prepared section's meeting starts and ends, kept in the doc itself as an invisible
// named range on the section's heading, so both people's cards — in any time zone, with or without
// a schedule of their own — know which section is the next meeting's and whether it has ended.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

type Request = docs_v1.Schema$Request;

/** Every name Tandem gives a meeting's named range starts with this. */
export const MEETING_RANGE_PREFIX = 'tandem.meeting ';
const NAME = /^tandem\.meeting (\d{4}-\d{2}-\d{2}) (\d{1,15}) (\d{1,15})$/;
/**
 * The meeting after the prepared one, recorded beside it: once the prepared meeting ends, the
 * other person's card knows the next one before its section exists (it comes with the next run).
 */
export const FOLLOWING_RANGE_PREFIX = 'tandem.following ';
const FOLLOWING = /^tandem\.following (\d{4}-\d{2}-\d{2}) (\d{1,15}) (\d{1,15})$/;

function timesIn(match: RegExpExecArray | null): MeetingTimes | null {
  if (!match) return null;
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { date: match[1] as string, start, end } : null;
}

/** A meeting's date (its section's) and its start and end instants, in ms since the epoch. */
export interface MeetingTimes {
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The named range's name for a meeting.
 *
 * @example meetingRangeName({ date: '2026-11-24', start: 1795507200000, end: 1795509000000 })
 * // 'tandem.meeting 2026-11-24 1795507200000 1795509000000'
 */
export function meetingRangeName(times: MeetingTimes): string {
  return `${MEETING_RANGE_PREFIX}${times.date} ${Math.round(times.start)} ${Math.round(times.end)}`;
}

/**
 * The meeting times the doc records, by section date (the newest recorded wins when a date has
 * several, e.g. a moved meeting whose section stayed). Names people or other tools gave are ignored.
 *
 * @example meetingTimesOf(document).get('2026-11-24') // { date: '2026-11-24', start: …, end: … }
 */
export function meetingTimesOf(document: docs_v1.Schema$Document): Map<string, MeetingTimes> {
  const found = new Map<string, MeetingTimes>();
  for (const name of Object.keys(document.namedRanges ?? {})) {
    const times = timesIn(NAME.exec(name));
    if (!times) continue;
    const known = found.get(times.date);
    if (!known || known.start < times.start) found.set(times.date, times);
  }
  return found;
}

/** The meetings recorded as coming after a prepared one (usually one). */
export function followingTimesOf(document: docs_v1.Schema$Document): MeetingTimes[] {
  return Object.keys(document.namedRanges ?? {})
    .map((name) => timesIn(FOLLOWING.exec(name)))
    .filter((times): times is MeetingTimes => times !== null);
}

/** The request that records the meeting after the prepared one, on that section's heading. */
export function recordFollowing(times: MeetingTimes, headingStart: number, labelLength: number): Request {
  return {
    createNamedRange: {
      name: `${FOLLOWING_RANGE_PREFIX}${times.date} ${Math.round(times.start)} ${Math.round(times.end)}`,
      range: { startIndex: headingStart, endIndex: headingStart + Math.max(1, labelLength) },
    },
  };
}

/** Requests that forget every recorded "meeting after" (a newer one replaces it). */
export function forgetFollowing(document: docs_v1.Schema$Document): Request[] {
  return Object.keys(document.namedRanges ?? {})
    .filter((name) => FOLLOWING.test(name))
    .map((name) => ({ deleteNamedRange: { name } }));
}

/** The request that records `times` on the heading text that starts at `headingStart`. */
export function recordMeetingTimes(times: MeetingTimes, headingStart: number, labelLength: number): Request {
  return {
    createNamedRange: {
      name: meetingRangeName(times),
      range: { startIndex: headingStart, endIndex: headingStart + Math.max(1, labelLength) },
    },
  };
}

/** Requests that forget every recorded time of the section for `date` (it moved or went away). */
export function forgetMeetingTimes(document: docs_v1.Schema$Document, date: string): Request[] {
  return Object.keys(document.namedRanges ?? {})
    .filter((name) => NAME.exec(name)?.[1] === date)
    .map((name) => ({ deleteNamedRange: { name } }));
}
