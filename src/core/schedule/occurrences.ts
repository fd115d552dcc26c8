// The meetings of a 1:1 in time: which occurrence is next, which was last held, which just
// ended, and when to arm the one-shot trigger. `now` is always an argument, never the clock.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { dateIn, instantOf, localDateOf, type IsoDate } from './eventTime';

type CalendarEvent = calendar_v3.Schema$Event;

/** What the schedule needs besides the events: the user's IANA zone, for all-day events. */
export interface ScheduleOptions {
  /** Used for all-day `date`s whose event time carries no `timeZone` of its own; default UTC. */
  readonly timeZone?: string;
}

/**
 * What became of one occurrence:
 * - 'planned': it takes (or took) place;
 * - 'cancelled': the instance is `status: 'cancelled'`;
 * - 'declined': one of the two people declined it (rooms do not count). Treated as not held: a
 *   1:1 without one of its two people did not happen, so it is skipped as "next", never "last
 *   met", and counts with the cancellations in the cadence.
 */
export type OccurrenceState = 'planned' | 'cancelled' | 'declined';

/** One occurrence with its times read once. */
export interface Occurrence {
  readonly event: CalendarEvent;
  readonly state: OccurrenceState;
  /** Actual start and end (after any move), epoch ms; for a cancelled one, the planned start. */
  readonly start: number;
  readonly end: number;
  /** Where it was planned by the series (`originalStartTime`), else its start, epoch ms. */
  readonly plannedStart: number;
  /** The meeting's date in the series' own zone (`start.timeZone`), the same for both people: its section's date. */
  readonly date: IsoDate;
}

/**
 * Reads the occurrences of a series (or of several series of one pair), sorted by start. Events
 * without a readable time are left out. When two entries share an `id` (an instance listed again
 * by an incremental sync), the later entry wins.
 *
 * @example
 * toOccurrences([{ id: 'a', start: { dateTime: '2026-11-24T10:00:00+01:00' },
 *   end: { dateTime: '2026-11-24T10:30:00+01:00' } }])[0].state //=> 'planned'
 */
export function toOccurrences(
  instances: readonly CalendarEvent[],
  options: ScheduleOptions = {},
): Occurrence[] {
  const latestById = new Map<string, CalendarEvent>();
  const withoutId: CalendarEvent[] = [];
  for (const instance of instances) {
    if (instance.id) latestById.set(instance.id, instance);
    else withoutId.push(instance);
  }
  const occurrences: Occurrence[] = [];
  for (const event of [...latestById.values(), ...withoutId]) {
    const occurrence = toOccurrence(event, options.timeZone);
    if (occurrence) occurrences.push(occurrence);
  }
  return occurrences.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.event.id ?? '').localeCompare(b.event.id ?? ''),
  );
}

/**
 * The next meeting: the first occurrence, by start, that is neither cancelled nor declined and
 * whose end is after `now` — a meeting in progress is still the next one. `null` if none.
 *
 * @example
 * nextMeeting(weeklyInstances, new Date('2026-11-24T09:15:00Z')) // the 10:00 Paris meeting of the 24th, in progress
 */
export function nextMeeting(
  instances: readonly CalendarEvent[],
  now: Date,
  options: ScheduleOptions = {},
): CalendarEvent | null {
  return nextPlanned(toOccurrences(instances, options), now.getTime())?.event ?? null;
}

/**
 * When the next meeting ends: the time to arm the one-shot trigger that prepares the section
 * after it. Always after `now`; `null` when there is no next meeting.
 *
 * @example
 * endOfNextMeeting(weeklyInstances, new Date('2026-11-23T08:00:00Z')) //=> new Date('2026-11-24T09:30:00Z')
 */
export function endOfNextMeeting(
  instances: readonly CalendarEvent[],
  now: Date,
  options: ScheduleOptions = {},
): Date | null {
  const next = nextPlanned(toOccurrences(instances, options), now.getTime());
  return next ? new Date(next.end) : null;
}

/**
 * The last meeting held: of the occurrences neither cancelled nor declined that have ended by
 * `now`, the one that started last. `null` if none.
 *
 * @example
 * lastHeld(weeklyInstances, new Date('2026-11-25T08:00:00Z')) // the meeting of 2026-11-24
 */
export function lastHeld(
  instances: readonly CalendarEvent[],
  now: Date,
  options: ScheduleOptions = {},
): CalendarEvent | null {
  return lastPlannedEnded(toOccurrences(instances, options), now.getTime())?.event ?? null;
}

/**
 * The meeting that ended since the last look: the last held meeting when it ended after `since`
 * (e.g. the previous sync) and by `now`; `null` otherwise. This is when the next section is due.
 *
 * @example
 * meetingJustEnded(weeklyInstances, new Date('2026-11-24T09:31:00Z'), new Date('2026-11-24T08:00:00Z'))
 * // the meeting of 2026-11-24, which ended at 09:30Z
 */
export function meetingJustEnded(
  instances: readonly CalendarEvent[],
  now: Date,
  since: Date,
  options: ScheduleOptions = {},
): CalendarEvent | null {
  const last = lastPlannedEnded(toOccurrences(instances, options), now.getTime());
  return last && last.end > since.getTime() ? last.event : null;
}

/** The first planned occurrence whose end is after `now`. */
export function nextPlanned(occurrences: readonly Occurrence[], now: number): Occurrence | null {
  return occurrences.find((o) => o.state === 'planned' && o.end > now) ?? null;
}

/** The planned occurrence that started last among those ended by `now`. */
export function lastPlannedEnded(occurrences: readonly Occurrence[], now: number): Occurrence | null {
  let last: Occurrence | null = null;
  for (const o of occurrences) if (o.state === 'planned' && o.end <= now) last = o;
  return last;
}

function toOccurrence(event: CalendarEvent, timeZone: string | undefined): Occurrence | null {
  const plannedStart = instantOf(event.originalStartTime, timeZone);
  const start = instantOf(event.start, timeZone) ?? plannedStart;
  // The date is the meeting's in the series' own zone (the organizer's choice, the same for both
  // people wherever they are), so both people's Tandems name the same section; all-day dates as written.
  const seriesZone = event.start?.dateTime ? event.start.timeZone : null;
  const date =
    start !== null && seriesZone
      ? dateIn(start, seriesZone)
      : (localDateOf(event.start) ?? localDateOf(event.originalStartTime));
  if (start === null || date === null) return null;
  const end = Math.max(instantOf(event.end, timeZone) ?? start, start);
  return { event, state: stateOf(event), start, end, plannedStart: plannedStart ?? start, date };
}

function stateOf(event: CalendarEvent): OccurrenceState {
  if (event.status === 'cancelled') return 'cancelled';
  const declined = (event.attendees ?? []).some(
    (a) => a.resource !== true && a.responseStatus === 'declined',
  );
  return declined ? 'declined' : 'planned';
}
