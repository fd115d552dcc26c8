// "The next meeting" of a pair, one rule for every card and button (design.md §5): the first
// meeting that has not ended, by its instants — never by one person's calendar day, since the two
// people may live a day apart. The doc records each prepared section's times; a person's own
// schedule (their pair record) adds the meetings not prepared yet.
import { followingTimesOf, meetingTimesOf, parseAgenda, type Agenda, type Person } from '../core/agenda';
import type { IsoDate } from '../core/schedule';
import type { Document } from '../ports';
import type { UpcomingMeeting } from './state';

export interface NextMeeting {
  /** The date of its section (the meeting's date in the series' zone). */
  readonly date: IsoDate;
  /** Start and end, when known (from the doc or the schedule); null for a section known by date only. */
  readonly start: number | null;
  readonly end: number | null;
  /** Whether its section is in the doc. */
  readonly prepared: boolean;
}

/**
 * The next meeting that has not ended at `now`: the earlier of the doc's next recorded section and
 * the schedule's next meeting. A doc without recorded times (older docs) falls back to its
 * earliest section dated `today` or later, as the maintainer's Tandem prepared it.
 *
 * @example
 * // 10:35, after a 10:00–10:30 meeting whose section is 2026-11-24; the next is 2026-12-01:
 * nextMeetingOf(upcoming, document, people, now, '2026-11-24') // { date: '2026-12-01', prepared: true, … }
 */
export function nextMeetingOf(
  upcoming: readonly UpcomingMeeting[],
  document: Document | null,
  people: readonly Person[],
  now: number,
  today: IsoDate,
): NextMeeting | null {
  const agenda: Agenda | null = document ? parseAgenda(document, people) : null;
  const hasSection = (date: string) => agenda?.sections.some((s) => s.date === date) ?? false;
  const times = document ? [...meetingTimesOf(document).values()] : [];
  // The meeting after the prepared one is recorded too: it is next once the prepared one ended.
  const fromDoc = [
    ...times.filter((t) => hasSection(t.date)),
    ...(document ? followingTimesOf(document) : []),
  ]
    .filter((t) => t.end > now)
    .sort((a, b) => a.start - b.start)
    .at(0);
  const fromSchedule = upcoming.find((m) => m.end > now);
  const soonest = [fromDoc, fromSchedule]
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
    .sort((a, b) => a.start - b.start)
    .at(0);
  if (soonest) {
    return { date: soonest.date, start: soonest.start, end: soonest.end, prepared: hasSection(soonest.date) };
  }
  // Sections whose recorded meeting ended are behind us, whatever their date says.
  const ended = new Set(times.map((t) => t.date));
  const byDate = (agenda?.sections ?? [])
    .map((s) => s.date)
    .filter((date) => date >= today && !ended.has(date))
    .sort()
    .at(0);
  return byDate ? { date: byDate, start: null, end: null, prepared: true } : null;
}
