// The two-sided story's world: Alice Moreau, a manager in Paris who organizes a weekly 1:1 at 08:00
// her time with Bob Okafor, her report in Los Angeles (23:00 the evening before for him), with
// attendees that carry no displayName, and the schedule as the test keeps it (moves, cancellations).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { World } from '../../../dev/emulator/world';
import { localDate } from '../../../dev/emulator/time-zone';

export const ALICE = 'alice@acme.test';
export const BOB = 'bob@acme.test';
export const PAIR_KEY = `${ALICE} ${BOB}`;
export const NAMES: Readonly<Record<string, string>> = { [ALICE]: 'Alice Moreau', [BOB]: 'Bob Okafor' };
export const ZONES: Readonly<Record<string, string>> = {
  [ALICE]: 'Europe/Paris',
  [BOB]: 'America/Los_Angeles',
};
/** The series lives in the organizer's zone; its dates there are the doc's record. */
export const SERIES_ZONE = 'Europe/Paris';
export const SERIES_ID = 'alicebob1on1';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
const MEETING_MS = 30 * MINUTE_MS;
/** Calendar fires its trigger a minute after a change; the checks leave Tandem ten. */
export const SETTLE_MS = 10 * MINUTE_MS;
/**
 * The next section comes with the first background run after a meeting ends, and the background
 * run is hourly (design §4): the checks give it an hour and five minutes.
 */
export const NEXT_SECTION_WITHIN_MS = 65 * MINUTE_MS;
/** Tuesday 2026-11-03 08:00 in Paris (winter time, UTC+1) is Monday 23:00 in Los Angeles. */
const FIRST_START = Date.parse('2026-11-03T07:00:00Z');
/** Sunday 2026-11-01, 19:00 in Paris and 10:00 in Los Angeles: where the story starts. */
export const STORY_START = '2026-11-01T18:00:00Z';
export const WEEKS = 8;

export function twoSidedWorld(): World {
  const series: calendar_v3.Schema$Event = {
    id: SERIES_ID,
    summary: 'Alice / Bob weekly',
    organizer: { email: ALICE },
    // Calendar often leaves attendee names out: Tandem must find them elsewhere (design §2).
    attendees: [
      { email: ALICE, organizer: true, responseStatus: 'accepted' },
      { email: BOB, responseStatus: 'accepted' },
    ],
    start: { dateTime: '2026-11-03T08:00:00', timeZone: SERIES_ZONE },
    end: { dateTime: '2026-11-03T08:30:00', timeZone: SERIES_ZONE },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
  };
  return {
    now: STORY_START,
    users: [
      { email: ALICE, name: NAMES[ALICE]!, timeZone: ZONES[ALICE]!, locale: 'en-GB' },
      { email: BOB, name: NAMES[BOB]!, timeZone: ZONES[BOB]!, locale: 'en-US' },
    ],
    calendars: { [ALICE]: { events: [series] } },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

export interface Occurrence {
  /** 1-based: the week of the story it was planned in. */
  readonly week: number;
  /** Calendar's instance id (from the original start). */
  readonly instanceId: string;
  readonly originalStart: number;
  start: number;
  end: number;
  cancelled: boolean;
}

/** The weekly occurrences as the test planned and changed them: the oracle the checks compare with. */
export class Schedule {
  readonly occurrences: Occurrence[] = [];

  constructor(weeks = WEEKS + 1) {
    for (let week = 1; week <= weeks; week++) {
      const start = FIRST_START + (week - 1) * 7 * DAY_MS;
      const compact = new Date(start).toISOString().replace(/[-:]/g, '').slice(0, 15);
      this.occurrences.push({
        week,
        instanceId: `${SERIES_ID}_${compact}Z`,
        originalStart: start,
        start,
        end: start + MEETING_MS,
        cancelled: false,
      });
    }
  }

  ofWeek(week: number): Occurrence {
    const found = this.occurrences.find((o) => o.week === week);
    if (!found) throw new Error(`no occurrence planned in week ${week}`);
    return found;
  }

  planned(): Occurrence[] {
    return this.occurrences.filter((o) => !o.cancelled).sort((a, b) => a.start - b.start);
  }

  /** The next meeting that has not ended at `now` (design §5). */
  next(now: number): Occurrence | undefined {
    return this.planned().find((o) => o.end > now);
  }

  /** Meetings that ended at or before `now`. */
  held(now: number): Occurrence[] {
    return this.planned().filter((o) => o.end <= now);
  }

  /** The meeting that ended last before `now`. */
  lastHeld(now: number): Occurrence | undefined {
    return this.held(now).at(-1);
  }

  /** The date the doc heading of an occurrence carries: its date in the series' zone. */
  recordDate(o: Occurrence): string {
    return localDate(o.start, SERIES_ZONE);
  }

  /** Every date a section of this occurrence could carry: the series' zone first, then each person's. */
  candidateDates(o: Occurrence): string[] {
    return [...new Set([this.recordDate(o), ...Object.values(ZONES).map((z) => localDate(o.start, z))])];
  }

  /** Dates no planned meeting has in any zone, that some moved or cancelled occurrence once had. */
  abandonedDates(): string[] {
    const live = new Set(this.planned().flatMap((o) => this.candidateDates(o)));
    const gone = this.occurrences
      .filter((o) => o.cancelled || o.start !== o.originalStart)
      .flatMap((o) => [SERIES_ZONE, ...Object.values(ZONES)].map((z) => localDate(o.originalStart, z)));
    return [...new Set(gone)].filter((d) => !live.has(d));
  }
}

/** An instant as Paris wall-clock RFC 3339 text; the story runs in winter time (UTC+1) throughout. */
export function parisDateTime(ms: number): string {
  return `${new Date(ms + HOUR_MS).toISOString().slice(0, 19)}+01:00`;
}
