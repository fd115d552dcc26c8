// Plans a pair's doc for its next meeting: a new agenda in a blank doc, the prepared section moved
// after its meeting moved, the next section, or a merge and the times put in step. Pure.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { sectionLabel } from '../schedule';
import {
  followingTimesOf,
  forgetFollowing,
  forgetMeetingTimes,
  meetingTimesOf,
  recordFollowing,
  recordMeetingTimes,
  type MeetingTimes,
} from './meeting-times';
import { parseAgenda } from './parse';
import type { Person } from './people';
import { planMerge } from './plan-merge';
import { planMoveSection } from './plan-move-section';
import { agendaTitle, planNewAgenda } from './plan-new-agenda';
import { planNextSection, type Meeting } from './plan-next-section';

type Document = docs_v1.Schema$Document;
type Request = docs_v1.Schema$Request;

/** A coming meeting as the pair's record keeps it: its date in the user's zone and its times (ms). */
export interface ComingMeeting {
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/** What the plan needs of the pair's record: its coming meetings and what Tandem last prepared. */
export interface PairDocState {
  readonly upcoming: readonly ComingMeeting[];
  readonly lastHeld?: { readonly date: string };
  /** The meeting date of the newest section Tandem prepared. */
  readonly preparedDate?: string;
  /** The sub-headings Tandem wrote that section with. */
  readonly preparedTemplate?: string[];
}

export interface PairDocPlan {
  requests: Request[];
  preparedDate: string | undefined;
  /** The template the prepared section was written with, when this plan writes one. */
  preparedTemplate?: string[];
}

/** A new Google Doc holds a section break and one empty paragraph. */
export function isBlank(document: Document): boolean {
  const content = document.body?.content ?? [];
  return (
    content.length <= 2 &&
    !content.some((e) => (e.paragraph?.elements ?? []).some((r) => (r.textRun?.content ?? '\n') !== '\n'))
  );
}

export function hasSection(document: Document, date: string, people: readonly Person[]): boolean {
  return parseAgenda(document, people).sections.some((s) => s.date === date);
}

/** The next section's meeting: its date, heading and, for the doc's record, its times. */
function meetingOf(next: ComingMeeting | undefined, after?: ComingMeeting): Meeting | null {
  if (!next) return null;
  return {
    date: next.date,
    label: sectionLabel(next.date),
    start: next.start,
    end: next.end,
    ...(after ? { following: { date: after.date, start: after.start, end: after.end } } : {}),
  };
}

/** Requests that make the doc's recorded times of `meeting`'s section match the schedule. */
function timesInStep(document: Document, meeting: Meeting, people: Person[]): Request[] {
  if (meeting.start === undefined || meeting.end === undefined) return [];
  const recorded = meetingTimesOf(document).get(meeting.date);
  const following = followingTimesOf(document);
  const same = (a: MeetingTimes | undefined, b: MeetingTimes | undefined) =>
    a?.date === b?.date && a?.start === b?.start && a?.end === b?.end;
  const timesKept =
    recorded !== undefined && recorded.start === meeting.start && recorded.end === meeting.end;
  const followingKept =
    following.length === (meeting.following ? 1 : 0) && same(following[0], meeting.following);
  if (timesKept && followingKept) return [];
  const section = parseAgenda(document, people).sections.find((s) => s.date === meeting.date);
  if (!section) return [];
  const at = section.heading.startIndex;
  const length = Math.max(1, section.heading.text.length);
  return [
    ...(timesKept
      ? []
      : [
          ...forgetMeetingTimes(document, meeting.date),
          recordMeetingTimes({ date: meeting.date, start: meeting.start, end: meeting.end }, at, length),
        ]),
    ...(followingKept
      ? []
      : [
          ...forgetFollowing(document),
          ...(meeting.following ? [recordFollowing(meeting.following, at, length)] : []),
        ]),
  ];
}

/**
 * Plans the doc's work for the pair's next meeting, `now` deciding whether it has started (a
 * section whose meeting started is no longer merged into). `template`: today's sub-headings.
 *
 * @example
 * planPairDoc(blankDoc, { upcoming: [{ date: '2026-11-24', start, end }] }, people, DEFAULT_TEMPLATE, now)
 * // { requests: [title, intro, # 2026-11-24 · Tuesday, ## Check-in …], preparedDate: '2026-11-24', … }
 */
export function planPairDoc(
  document: Document,
  pair: PairDocState,
  people: Person[],
  template: string[],
  now: Date,
): PairDocPlan {
  const next = pair.upcoming[0];
  const meeting = meetingOf(next, pair.upcoming[1]);
  if (isBlank(document)) {
    // Made by a run that stopped before writing the header, or emptied by a person: start it again.
    const requests = planNewAgenda({
      title: agendaTitle(people),
      people,
      template,
      ...(meeting ? { firstMeeting: meeting } : {}),
    });
    return { requests, preparedDate: meeting?.date, preparedTemplate: template };
  }
  const prepared = pair.preparedDate;
  // "Untouched" is judged against what Tandem wrote into that section, not today's settings.
  const writtenWith = pair.preparedTemplate ?? template;
  const stale: Request[] = [];
  if (
    prepared &&
    prepared !== meeting?.date &&
    prepared > (pair.lastHeld?.date ?? '') &&
    hasSection(document, prepared, people)
  ) {
    // The prepared meeting moved or was cancelled: its untouched section follows it.
    const move = planMoveSection(document, prepared, meeting, writtenWith, people);
    if (move.outcome !== 'kept')
      return {
        requests: move.requests,
        preparedDate: move.outcome === 'moved' ? meeting?.date : undefined,
        ...(move.outcome === 'moved' ? { preparedTemplate: writtenWith } : {}),
      };
    // A person's words keep the section where it is, but it is no longer that meeting's.
    stale.push(...forgetMeetingTimes(document, prepared));
  }
  if (!meeting) return { requests: stale, preparedDate: prepared };
  if (!hasSection(document, meeting.date, people)) {
    return {
      requests: [...stale, ...planNextSection(document, meeting, template, people)],
      preparedDate: meeting.date,
      preparedTemplate: template,
    };
  }
  const started = next !== undefined && now.getTime() >= next.start;
  return {
    requests: started
      ? stale
      : [
          ...stale,
          ...planMerge(document, meeting.date, people, template),
          ...timesInStep(document, meeting, people),
        ],
    preparedDate: meeting.date,
  };
}
