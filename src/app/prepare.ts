// Per pair: read the coming meetings, make sure the doc exists, is shared and attached, and that
// it holds the section for the next meeting with open items carried (design.md §3, §4).
import {
  followingTimesOf,
  forgetFollowing,
  forgetMeetingTimes,
  meetingTimesOf,
  recordFollowing,
  type MeetingTimes,
  planMerge,
  planMoveSection,
  planNewAgenda,
  planNextSection,
  planRetitle,
  parseAgenda,
  recordMeetingTimes,
  type Meeting,
  type Person,
} from '../core/agenda';
import { sectionLabel } from '../core/schedule';
import type { CalendarEvent, Document, DocsRequest, Ports } from '../ports';
import {
  agendaAttachment,
  attachmentPatch,
  createPairDoc,
  DocIndex,
  findPairDoc,
  peopleOf,
  tracedDoc,
} from './pair-doc';
import { organizedSeriesOf } from './series';
import { nextOpenItems } from './cards/open-items';
import { ApiError } from '../api-error';
import { writePlanned, writeWithRevision } from './revision';
import type { AgendaSummary, PairRecord, PlannedSection, Settings, UpcomingMeeting } from './state';
import { agendaSummary } from './reminder/summary';
import { instancesPerSeries, scheduleFrom, type InstancesSource } from './schedules';
import { agendaTitle } from '../core/agenda';

export { KEEP_UPCOMING, LOOKAHEAD_DAYS, LOOKBACK_DAYS } from './schedules';

/**
 * Reads the instances of the pair's series and records the coming meetings and the last one held:
 * one events.instances per series, or the run's shared listing when many pairs need theirs.
 */
export function refreshSchedule(
  ports: Ports,
  pair: PairRecord,
  timeZone: string | undefined,
  now: Date,
  source: InstancesSource = instancesPerSeries(ports, timeZone, now),
): PairRecord {
  return scheduleFrom(source, pair, timeZone, now);
}

export interface EnsureDocOptions {
  readonly user: Person;
  readonly settings: Settings;
  /** The pair's series as read this run: any of them may carry the doc or the other person's trace. */
  readonly series: readonly CalendarEvent[];
  /** Whether this Tandem may make the doc when none is found. */
  readonly create: boolean;
  readonly index?: DocIndex;
  /** Told the user's own name when a new doc's owner shows it. */
  readonly onOwnName?: (name: string) => void;
}

/**
 * Finds or creates the pair's doc (only the organizer creates in the background). A doc made here
 * is shared at once; a share Google refused comes back as `shareFailure`, the doc recorded anyway.
 */
export function ensureDoc(
  ports: Ports,
  pair: PairRecord,
  options: EnsureDocOptions,
): { pair: PairRecord; shareFailure: ApiError | null } {
  const { user, settings, series, create } = options;
  const index = options.index ?? new DocIndex(ports);
  const as = (found: PairRecord) => ({ pair: found, shareFailure: null });
  if (pair.docId) return as(pair);
  const found = findPairDoc(index, pair.pairKey, series[0] ?? null);
  // A doc the user owns was made by an earlier run of this install that stopped before recording it.
  const mine = create && found?.owners?.some((o) => o.emailAddress?.toLowerCase() === user.email);
  if (found?.id) return as({ ...pair, docId: found.id, ...(mine ? { createdByMe: true } : {}) });
  // Any of the pair's series may carry it: the other person may organize one of their own.
  const attached =
    series.map((one) => agendaAttachment(one)).find((id) => id !== null) ??
    series.map((one) => tracedDoc(one, pair.other.email)).find((id) => id !== null) ??
    null;
  // The other person's doc, found on the series: never a twin, even before this user may open it.
  if (attached) return as({ ...pair, docId: attached });
  if (!create) return as(pair);
  const created = createPairDoc(ports, user, pair, settings, (made) => ensureShared(ports, made, settings));
  index.add(created.file);
  if (created.ownName && created.ownName !== user.name) options.onOwnName?.(created.ownName);
  return { pair: created.pair, shareFailure: created.shareFailure };
}

/**
 * Shares the doc as writer with the other person, once: only the install that maintains the doc
 * shares it, only with the pair's other person, and a refusal (a domain that blocks outside
 * sharing answers 403) is reported, not retried into anyone else's inbox.
 */
export function ensureShared(ports: Ports, pair: PairRecord, settings: Settings): PairRecord {
  if (!pair.docId || !maintains(pair) || pair.sharedWith === pair.other.email) return pair;
  const permission = ports.drive.share(pair.docId, pair.other.email, settings.notifyOnShare);
  // Calendar often leaves attendees' names out; the share names the person (design.md §2).
  const name = pair.other.name ?? permission.displayName ?? undefined;
  return { ...pair, other: { ...pair.other, ...(name ? { name } : {}) }, sharedWith: pair.other.email };
}

/** Attaches the doc to each series the user organizes and records it there (never a 26th attachment). */
export function attachToSeries(ports: Ports, pair: PairRecord, user: Person, series: CalendarEvent): void {
  if (!pair.docId || !series.id || !organizedSeriesOf(pair).includes(series.id)) return;
  const patch = attachmentPatch(series, pair.docId, agendaTitle(peopleOf(user, pair)));
  if (patch) ports.calendar.patchEvent('primary', series.id, patch);
}

/** A new Google Doc holds a section break and one empty paragraph. */
export function isBlank(document: Document): boolean {
  const content = document.body?.content ?? [];
  return (
    content.length <= 2 &&
    !content.some((e) => (e.paragraph?.elements ?? []).some((r) => (r.textRun?.content ?? '\n') !== '\n'))
  );
}

function hasSection(document: Document, date: string, people: Person[]): boolean {
  return parseAgenda(document, people).sections.some((s) => s.date === date);
}

/** The next section's meeting: its date, heading and, for the doc's record, its times. */
function meetingOf(next: UpcomingMeeting | undefined, after?: UpcomingMeeting): Meeting | null {
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
function timesInStep(document: Document, meeting: Meeting, people: Person[]): DocsRequest[] {
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

export interface PairDocPlan {
  requests: DocsRequest[];
  preparedDate: string | undefined;
  /** The template the prepared section was written with, when this plan writes one. */
  preparedTemplate?: string[];
}

/** Plans the doc's next-section work; exported for tests of the decision alone. */
export function planPairDoc(
  document: Document,
  pair: PairRecord,
  people: Person[],
  settings: Settings,
  now: Date,
): PairDocPlan {
  const next = pair.upcoming[0];
  const meeting = meetingOf(next, pair.upcoming[1]);
  const template = settings.template;
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
  const stale: DocsRequest[] = [];
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

/**
 * One Tandem maintains a pair's doc: the one whose user owns it — whoever ran Tandem first and made
 * it (design.md §2). The other person's Tandem, organizer or guest, reads it, attaches it to the
 * series its user organizes, and never writes a section, so two installs never prepare twice.
 */
export function maintains(pair: PairRecord): boolean {
  return pair.createdByMe === true;
}

/** What a plan made ahead assumes: the doc, the meetings, the template and the names it was made for. */
function planKey(pair: PairRecord, people: Person[], settings: Settings): string {
  return JSON.stringify([
    pair.docId,
    pair.upcoming.slice(0, 2),
    pair.preparedDate ?? null,
    pair.preparedTemplate ?? null,
    pair.lastHeld?.date ?? null,
    settings.template,
    people,
  ]);
}

/** A plan made ahead is kept in the pair record only up to this size; a bigger one is planned after. */
export const MAX_PLAN_CHARS = 6000;

/**
 * The write for the section after `pair`'s next meeting, planned from the doc as read now — when
 * nobody edited it since Tandem's last write, as then nobody is likely to before the next run. After
 * that meeting the write goes at this revision without a read; a person's edit in between makes
 * Google refuse it, and Tandem reads and plans again (revision.ts writePlanned).
 */
function planAhead(
  document: Document,
  pair: PairRecord,
  people: Person[],
  settings: Settings,
): PlannedSection | undefined {
  const next = pair.upcoming[0];
  const revisionId = document.revisionId;
  if (!next || !revisionId || revisionId !== pair.writtenRevision) return undefined;
  const after: PairRecord = {
    ...pair,
    upcoming: pair.upcoming.slice(1),
    lastHeld: { date: next.date, end: next.end },
  };
  const planned = planPairDoc(document, after, people, settings, new Date(next.end));
  const retitle = planRetitle(document, people, after.preparedTemplate ?? settings.template);
  const requests = [...planned.requests, ...retitle];
  if (requests.length === 0) return undefined;
  const preparedTemplate = planned.preparedTemplate ?? after.preparedTemplate ?? settings.template;
  const plan: PlannedSection = {
    key: planKey(after, people, settings),
    revisionId,
    requests,
    ...(planned.preparedDate ? { preparedDate: planned.preparedDate, preparedTemplate } : {}),
    ...(retitle.length > 0 ? { rename: agendaTitle(people) } : {}),
    openItems: nextOpenItems(parseAgenda(document, people), planned.preparedDate ?? null, people).length,
    ...summaryAhead(document, planned.preparedDate, people),
  };
  return JSON.stringify(plan).length <= MAX_PLAN_CHARS ? plan : undefined;
}

/** A summary kept for the reminder only up to this size; a bigger one is read again by the reminder. */
export const MAX_SUMMARY_CHARS = 2000;

/**
 * What the reminder lists of the section dated `date`, once the write planned from `document` is
 * made — known only when that write makes the section anew (the items it carries, no topics yet):
 * a merge into a section already there changes what it lists.
 */
function summaryAhead(
  document: Document,
  date: string | undefined,
  people: Person[],
): { summary?: Omit<AgendaSummary, 'at'> } {
  if (!date || hasSection(document, date, people)) return {};
  const summary = { date, ...agendaSummary(parseAgenda(document, people), date, people) };
  return JSON.stringify(summary).length <= MAX_SUMMARY_CHARS ? { summary } : {};
}

/**
 * What the reminder lists of the next section after this run: from the doc as read when nothing was
 * written, or when the write made that section anew; otherwise (a merge) nothing is kept.
 */
function summaryAfter(
  document: Document,
  applied: number,
  date: string | undefined,
  people: Person[],
  now: Date,
): AgendaSummary | undefined {
  if (!date) return undefined;
  if (applied > 0) {
    const ahead = summaryAhead(document, date, people).summary;
    return ahead ? { ...ahead, at: now.getTime() } : undefined;
  }
  const summary = { at: now.getTime(), date, ...agendaSummary(parseAgenda(document, people), date, people) };
  return JSON.stringify(summary).length <= MAX_SUMMARY_CHARS ? summary : undefined;
}

/** Writes the next section (or the merge) into the pair's doc with revision control. */
export function prepareSection(
  ports: Ports,
  pair: PairRecord,
  user: Person,
  settings: Settings,
  now: Date,
  stillListed?: (docId: string) => boolean,
): PairRecord {
  if (!pair.docId || pair.status !== 'active' || !maintains(pair)) return pair;
  const people = peopleOf(user, pair);
  // Google still reads and writes a trashed doc: one the Drive listing no longer shows was trashed
  // (or deleted) by a person. Reported (as missing), never written to, and never replaced unasked.
  // Asked before the doc is read, so a deletion is told apart whether or not Google gives a status.
  if (stillListed && !stillListed(pair.docId))
    throw new ApiError('drive.files.list', {
      code: 404,
      reason: 'trashed',
      message: 'The doc is in the trash',
    });
  const { nextPlan, agendaSeen: _seen, ...rest } = pair;
  const base: PairRecord = rest;
  let preparedDate = pair.preparedDate;
  let preparedTemplate = pair.preparedTemplate;
  let retitled = false;
  const replan = (document: Document) => {
    const planned = planPairDoc(document, base, people, settings, now);
    preparedDate = planned.preparedDate;
    if (planned.preparedTemplate) preparedTemplate = planned.preparedTemplate;
    // The title sits above every other edit, so its rewrite goes last and leaves their indices be.
    const retitle = planRetitle(document, people, pair.preparedTemplate ?? settings.template);
    retitled = retitle.length > 0;
    return [...planned.requests, ...retitle];
  };
  const result: PairRecord = { ...base };
  let openItems: number;
  let document: Document | null = null;
  let seen: AgendaSummary | undefined;
  const ahead = nextPlan && nextPlan.key === planKey(base, people, settings) ? nextPlan : undefined;
  const outcome = ahead
    ? writePlanned(ports, pair.docId, ahead, replan)
    : { ...writeWithRevision(ports, pair.docId, replan), planned: false as const };
  if (ahead && outcome.planned) {
    preparedDate = ahead.preparedDate;
    preparedTemplate = ahead.preparedTemplate;
    retitled = ahead.rename !== undefined;
    openItems = ahead.openItems;
    if (ahead.summary) seen = { ...ahead.summary, at: now.getTime() };
  } else {
    document = outcome.document;
    openItems = nextOpenItems(parseAgenda(document, people), preparedDate ?? null, people).length;
    seen = summaryAfter(document, outcome.applied, preparedDate, people, now);
  }
  // Kept for the reminder to prepare, which then need not read the doc again the same day.
  if (seen) result.agendaSeen = seen;
  const revisionAfter = outcome.revisionAfter;
  if (retitled) ports.drive.rename(pair.docId, agendaTitle(people));
  if (preparedDate) result.preparedDate = preparedDate;
  else delete result.preparedDate;
  // A section found already written (by a run cut short) was written with today's template.
  if (preparedDate) result.preparedTemplate = preparedTemplate ?? settings.template;
  else delete result.preparedTemplate;
  if (outcome.applied > 0) {
    if (revisionAfter) result.writtenRevision = revisionAfter;
    else delete result.writtenRevision;
  }
  // Read before the meeting, unwritten since Tandem's last write: the write after it is planned now.
  if (document && outcome.applied === 0 && pair.upcoming[0] && now.getTime() < pair.upcoming[0].start) {
    const plan = planAhead(document, result, people, settings);
    if (plan) result.nextPlan = plan;
  }
  // The homepage shows each pair's open items as of the last read: the sync's read counts too.
  if (pair.seen?.openItems !== openItems) result.seen = { ...pair.seen, at: now.getTime(), openItems };
  return result;
}
