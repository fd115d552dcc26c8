// How a pair's 1:1s are going (design §5): last met, usual interval, held and cancelled counts
// over the last 90 days, and the homepage warnings (no 1:1 in over 14 days, many cancellations).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { IsoDate } from './eventTime';
import { DAY_MS, daysBetween } from './meetingDate';
import { lastPlannedEnded, toOccurrences, type Occurrence, type ScheduleOptions } from './occurrences';

type CalendarEvent = calendar_v3.Schema$Event;

/** The window the counts and the cancellation warning look at. */
export const CADENCE_WINDOW_DAYS = 90;
/** More days than this without a held 1:1 raises a warning. */
export const MAX_DAYS_WITHOUT_MEETING = 14;
/** Fewer occurrences than this in the window are too few to call cancellations a pattern. */
export const MIN_OCCURRENCES_FOR_CANCELLATION_WARNING = 3;

export type CadenceWarning =
  /** No 1:1 held for more than 14 days (counted in whole elapsed days). */
  | { readonly kind: 'noRecentMeeting'; readonly days: number }
  /** More than a third of the window's occurrences were cancelled or declined. */
  | { readonly kind: 'manyCancellations'; readonly cancelled: number; readonly occurrences: number };

export interface Cadence {
  /** Date of the last held meeting (in any window), or `null`. */
  readonly lastMet: IsoDate | null;
  /** Median of the calendar-day gaps between meetings held in the window, rounded; `null` under two. */
  readonly usualIntervalDays: number | null;
  /** Meetings held (ended, not cancelled, not declined) in the last 90 days. */
  readonly held: number;
  /** Occurrences planned in the last 90 days, already past, that were cancelled or declined. */
  readonly cancelled: number;
  readonly warnings: readonly CadenceWarning[];
}

/**
 * The cadence of one pair from the occurrences of its series (several series of one pair may be
 * passed together). Only the past counts: a meeting is held once it has ended; a cancelled or
 * declined occurrence counts once its planned time has passed. Gaps are counted in calendar
 * days between meeting dates, so a weekly 1:1 across a daylight-saving change is still 7.
 *
 * Warnings:
 * - `noRecentMeeting` when the last held meeting ended more than 14 days before `now` — or, if
 *   none was ever held, the first listed occurrence was planned more than 14 days ago (a new
 *   series that has not met yet is not late);
 * - `manyCancellations` when more than a third of the past occurrences of the last 90 days were
 *   cancelled or declined, once there are at least three (one cancellation out of two is not a
 *   pattern).
 * "Growth or goals not discussed in about eight weeks" is computed from the doc, elsewhere.
 *
 * @example
 * cadence(weeklyInstances, new Date('2026-11-25T08:00:00Z'))
 * //=> { lastMet: '2026-11-24', usualIntervalDays: 7, held: 12, cancelled: 1, warnings: [] }
 */
export function cadence(
  instances: readonly CalendarEvent[],
  now: Date,
  options: ScheduleOptions = {},
): Cadence {
  const at = now.getTime();
  const occurrences = toOccurrences(instances, options);
  const windowStart = at - CADENCE_WINDOW_DAYS * DAY_MS;

  const last = lastPlannedEnded(occurrences, at);
  const heldInWindow = occurrences.filter(
    (o) => o.state === 'planned' && o.end <= at && o.start >= windowStart,
  );
  const missedInWindow = occurrences.filter(
    (o) => o.state !== 'planned' && o.plannedStart <= at && o.plannedStart >= windowStart,
  );

  const warnings: CadenceWarning[] = [];
  const quietSince = last ? last.end : firstPlannedStart(occurrences);
  if (quietSince !== null && at - quietSince > MAX_DAYS_WITHOUT_MEETING * DAY_MS) {
    warnings.push({ kind: 'noRecentMeeting', days: Math.floor((at - quietSince) / DAY_MS) });
  }
  const past = heldInWindow.length + missedInWindow.length;
  if (past >= MIN_OCCURRENCES_FOR_CANCELLATION_WARNING && missedInWindow.length * 3 > past) {
    warnings.push({ kind: 'manyCancellations', cancelled: missedInWindow.length, occurrences: past });
  }

  return {
    lastMet: last?.date ?? null,
    usualIntervalDays: medianGapDays(heldInWindow),
    held: heldInWindow.length,
    cancelled: missedInWindow.length,
    warnings,
  };
}

/**
 * The median of the day gaps between consecutive meetings (sorted by start), rounded to the
 * nearest day (a half rounds up); `null` with fewer than two meetings.
 *
 * @example
 * medianGapDays(meetingsOn('2026-11-03', '2026-11-10', '2026-11-24')) //=> 11 (gaps 7 and 14)
 */
export function medianGapDays(held: readonly Occurrence[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < held.length; i++) {
    const previous = held[i - 1];
    const current = held[i];
    if (previous && current) gaps.push(daysBetween(previous.date, current.date));
  }
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  const median =
    gaps.length % 2 === 1 ? (gaps[middle] ?? 0) : ((gaps[middle - 1] ?? 0) + (gaps[middle] ?? 0)) / 2;
  return Math.round(median);
}

function firstPlannedStart(occurrences: readonly Occurrence[]): number | null {
  let first: number | null = null;
  for (const o of occurrences) if (first === null || o.plannedStart < first) first = o.plannedStart;
  return first;
}
