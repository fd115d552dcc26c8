// Per pair: read the coming meetings, make sure the doc exists, is shared and attached, and that
// it holds the section for the next meeting with open items carried (design.md §3, §4).
import {
  planMerge,
  planMoveSection,
  planNewAgenda,
  planNextSection,
  parseAgenda,
  type Person,
} from '../core/agenda';
import { sectionLabel, toOccurrences, lastPlannedEnded } from '../core/schedule';
import type { CalendarEvent, Document, DocsRequest, Ports } from '../ports';
import {
  agendaAttachment,
  attachmentPatch,
  createPairDoc,
  DocIndex,
  findPairDoc,
  peopleOf,
} from './pair-doc';
import { ApiError } from '../api-error';
import { writeWithRevision } from './revision';
import type { PairRecord, Settings, UpcomingMeeting } from './state';
import { agendaTitle } from '../core/agenda';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Past meetings read back, for "last met". */
export const LOOKBACK_DAYS = 35;
/** Coming meetings read ahead: enough for several biweekly occurrences. */
export const LOOKAHEAD_DAYS = 63;
/** How many coming meetings a pair record keeps, so most syncs need no instances call. */
export const KEEP_UPCOMING = 6;

/** Reads the instances of the pair's series and records the coming meetings and the last one held. */
export function refreshSchedule(
  ports: Ports,
  pair: PairRecord,
  timeZone: string | undefined,
  now: Date,
): PairRecord {
  // A series that answers 404 fails the pair's run and is reported, the meetings known so far kept:
  // a deleted series arrives cancelled in the change list and stops the pair there, so a 404 here
  // is Google disagreeing with itself for a moment, not a reason to drop a series.
  const instances: CalendarEvent[] = [];
  for (const seriesId of pair.seriesIds) {
    const page = ports.calendar.listInstances('primary', seriesId, {
      timeMin: new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString(),
      timeMax: new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS).toISOString(),
      ...(timeZone ? { timeZone } : {}),
      maxResults: 250,
    });
    instances.push(
      ...(page.items ?? []).map((item) => ({ ...item, recurringEventId: item.recurringEventId ?? seriesId })),
    );
  }
  const occurrences = toOccurrences(instances, timeZone ? { timeZone } : {});
  const upcoming: UpcomingMeeting[] = occurrences
    .filter((o) => o.state === 'planned' && o.end > now.getTime())
    .slice(0, KEEP_UPCOMING)
    .map((o) => ({ date: o.date, start: o.start, end: o.end, seriesId: o.event.recurringEventId ?? '' }));
  const last = lastPlannedEnded(occurrences, now.getTime());
  return {
    ...pair,
    upcoming,
    ...(last ? { lastHeld: { date: last.date, end: last.end } } : {}),
  };
}

/** Finds or creates the pair's doc (only the organizer creates in the background). */
export function ensureDoc(
  ports: Ports,
  pair: PairRecord,
  user: Person,
  settings: Settings,
  series: CalendarEvent | null,
  create: boolean,
  index: DocIndex = new DocIndex(ports),
): PairRecord {
  if (pair.docId) return pair;
  const found = findPairDoc(index, pair.pairKey, series);
  // A doc the user owns was made by an earlier run of this install that stopped before recording it.
  const mine = create && found?.owners?.some((o) => o.emailAddress?.toLowerCase() === user.email);
  if (found?.id) return { ...pair, docId: found.id, ...(mine ? { createdByMe: true } : {}) };
  const attached = series ? agendaAttachment(series) : null;
  if (attached) return { ...pair, docId: attached };
  if (!create) return pair;
  const created = createPairDoc(ports, user, pair, settings);
  return {
    ...pair,
    docId: created.docId,
    createdByMe: true,
    ...(created.preparedDate ? { preparedDate: created.preparedDate } : {}),
  };
}

/**
 * Shares the doc as writer with the other person, once: only the install that maintains the doc
 * shares it, only with the pair's other person, and a refusal (a domain that blocks outside
 * sharing answers 403) is reported, not retried into anyone else's inbox.
 */
export function ensureShared(ports: Ports, pair: PairRecord, settings: Settings): PairRecord {
  if (!pair.docId || !maintains(pair) || pair.sharedWith === pair.other.email) return pair;
  ports.drive.share(pair.docId, pair.other.email, settings.notifyOnShare);
  return { ...pair, sharedWith: pair.other.email };
}

/** Attaches the doc to each series the user organizes and records it there (never a 26th attachment). */
export function attachToSeries(ports: Ports, pair: PairRecord, user: Person, series: CalendarEvent): void {
  if (!pair.docId || !pair.userIsOrganizer || series.id === undefined || series.id === null) return;
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

/** Plans the doc's next-section work; exported for tests of the decision alone. */
export function planPairDoc(
  document: Document,
  pair: PairRecord,
  people: Person[],
  settings: Settings,
  now: Date,
): { requests: DocsRequest[]; preparedDate: string | undefined } {
  const next = pair.upcoming[0];
  const meeting = next ? { date: next.date, label: sectionLabel(next.date) } : null;
  const template = settings.template;
  if (isBlank(document)) {
    // Made by a run that stopped before writing the header, or emptied by a person: start it again.
    const requests = planNewAgenda({
      title: agendaTitle(people),
      people,
      template,
      ...(meeting ? { firstMeeting: meeting } : {}),
    });
    return { requests, preparedDate: meeting?.date };
  }
  const prepared = pair.preparedDate;
  if (
    prepared &&
    prepared !== meeting?.date &&
    prepared > (pair.lastHeld?.date ?? '') &&
    hasSection(document, prepared, people)
  ) {
    // The prepared meeting moved or was cancelled: its untouched section follows it.
    const move = planMoveSection(document, prepared, meeting, template, people);
    if (move.outcome !== 'kept')
      return { requests: move.requests, preparedDate: move.outcome === 'moved' ? meeting?.date : undefined };
  }
  if (!meeting) return { requests: [], preparedDate: prepared };
  if (!hasSection(document, meeting.date, people)) {
    return { requests: planNextSection(document, meeting, template, people), preparedDate: meeting.date };
  }
  const started = next !== undefined && now.getTime() >= next.start;
  return {
    requests: started ? [] : planMerge(document, meeting.date, people, template),
    preparedDate: meeting.date,
  };
}

/** Only the organizer's install maintains the doc, or the install that created it (design.md §2). */
export function maintains(pair: PairRecord): boolean {
  return pair.userIsOrganizer || pair.createdByMe === true;
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
  let preparedDate = pair.preparedDate;
  const firstRead = ports.docs.get(pair.docId);
  // Google still reads and writes a trashed doc: one the Drive listing no longer shows was trashed
  // by a person. Reported (as missing), never written to, and never replaced unasked.
  if (stillListed && !stillListed(pair.docId))
    throw new ApiError('drive.files.list', {
      code: 404,
      reason: 'trashed',
      message: 'The doc is in the trash',
    });
  writeWithRevision(
    ports,
    pair.docId,
    (document) => {
      const planned = planPairDoc(document, pair, people, settings, now);
      preparedDate = planned.preparedDate;
      return planned.requests;
    },
    firstRead,
  );
  const result: PairRecord = { ...pair };
  if (preparedDate) result.preparedDate = preparedDate;
  else delete result.preparedDate;
  return result;
}
