// "My private notes": a doc owned by the person pressing, shared with no one, for one pair, with a
// dated section for the next meeting prepared when it is opened (never by the background sync).
// Found again by its Drive appProperty after a reinstall; made under the user lock, so never twice.
import { isApiError } from '../api-error';
import { DOC_MIME_TYPE, docUrl, type Person } from '../core/agenda';
import { planPrivateNotes, privateNotesTitle } from '../core/agenda/private-template';
import { normaliseEmail, pairMembers, pairTag } from '../core/pairs';
import { DAY_MS, nextPlanned, sectionLabel, toOccurrences } from '../core/schedule';
import type { Document, DriveFile, Ports } from '../ports';
import { calendarOfSeries, type AddonContext } from './cards/addon-event';
import { CARD_LOOKAHEAD_DAYS } from './cards/event-card';
import { userPerson } from './cards/pair-access';
import { CardProblem } from './cards/problems';
import { viewerFor } from './cards/viewer';
import { nextMeetingOf } from './next-meeting';
import { writeWithRevision } from './revision';
import { TandemState } from './state';
import { LOCK_WAIT_MS } from './sync';

/**
 * Drive appProperty on private notes: a digest of the pair key and the owner. Never `tandemPair` or
 * `tandemApp`, so no sync, no agenda listing and no other person's Tandem ever counts it as an agenda.
 */
export const PRIVATE_PROPERTY = 'tandemPrivate';
/** User property recording the doc id, so a press on any device opens it without a Drive search. */
const RECORD_PREFIX = 'privateNotes:';

/**
 * The private doc's tag for one person and one pair: the owner is part of it, so the other
 * person's notes on the same pair carry another tag.
 *
 * @example privateTag('alice@x.com bob@x.com', 'alice@x.com') // 'p1-…', ≠ privateTag(…, 'bob@x.com')
 */
export function privateTag(pairKey: string, owner: string): string {
  return pairTag(`${pairKey} private ${owner.toLowerCase()}`);
}

/** What a press on "My private notes" names: the pair, and where the person pressed it. */
export interface PrivateNotesTarget {
  readonly pairKey: string;
  /** From the event card: the series, to read its next meeting when Tandem has no record of it. */
  readonly seriesId?: string;
  /** From the Docs sidebar: the pair's agenda doc, whose recorded meeting times give the next one. */
  readonly docId?: string;
}

export interface OpenedNotes {
  readonly docId: string;
  readonly url: string;
  /** True when this press made the doc. */
  readonly created: boolean;
  /** The meeting date whose section this press wrote; null when it was there already (or none). */
  readonly prepared: string | null;
}

/** The pair's other person, when the user is one of the two; else the press is refused. */
function otherOf(pairKey: string, me: string): string {
  const members = pairMembers(pairKey);
  const other = members?.find((e) => e !== me);
  if (!members?.includes(me) || !other)
    throw new CardProblem(
      'These private notes belong to a 1:1 of yours: open one of your 1:1s and try again.',
    );
  return other;
}

/** The other person's name: Tandem's record, else the open event's attendee; null for none. */
function otherName(state: TandemState, context: AddonContext, pairKey: string, other: string): string | null {
  const recorded = state.pairs.get(pairKey)?.other.name;
  if (recorded) return recorded;
  const attendee = context.calendar?.attendees.find((a) => a.email?.toLowerCase() === other);
  return attendee?.displayName ?? null;
}

/**
 * The next meeting's date (in the series' zone) for the section: from Tandem's record of the pair
 * (no call); else from the series (one events.instances call); else from the agenda doc's recorded
 * meeting times (one documents.get); null when none is known.
 */
function nextMeetingDate(
  ports: Ports,
  context: AddonContext,
  state: TandemState,
  target: PrivateNotesTarget,
  people: readonly Person[],
): string | null {
  const now = ports.session.now();
  const record = state.pairs.get(target.pairKey);
  const upcoming = record?.upcoming.find((m) => m.end > now.getTime());
  if (upcoming) return upcoming.date;
  const seriesId = target.seriesId ?? record?.seriesIds[0];
  if (seriesId) {
    const page = ports.calendar.listInstances(calendarOfSeries(context, seriesId), seriesId, {
      timeMin: new Date(now.getTime() - DAY_MS).toISOString(),
      timeMax: new Date(now.getTime() + CARD_LOOKAHEAD_DAYS * DAY_MS).toISOString(),
      maxResults: 250,
    });
    const items = (page.items ?? []).map((i) => ({ ...i, recurringEventId: i.recurringEventId ?? seriesId }));
    return nextPlanned(toOccurrences(items), now.getTime())?.date ?? null;
  }
  const agendaId = target.docId ?? record?.docId;
  if (!agendaId) return null;
  try {
    const agenda = ports.docs.get(agendaId);
    const today = viewerFor(context, state, now).today;
    return nextMeetingOf([], agenda, people, now.getTime(), today)?.date ?? null;
  } catch (e) {
    if (isApiError(e, 403, 404)) return null;
    throw e;
  }
}

/**
 * Whether a Drive file is private notes of `me` (any pair; of one pair when `tag` is given): a
 * Google Doc `me` owns, not trashed, with the private-notes property.
 */
export function isOwnNotes(file: DriveFile, me: string, tag?: string): boolean {
  const property = file.appProperties?.[PRIVATE_PROPERTY];
  return (
    property !== undefined &&
    (tag === undefined || property === tag) &&
    file.mimeType === DOC_MIME_TYPE &&
    file.trashed !== true &&
    (file.owners ?? []).some((o) => normaliseEmail(o.emailAddress ?? '') === normaliseEmail(me))
  );
}

/** The person's own private notes on one pair among Drive's answer. */
function ownNotes(files: readonly DriveFile[], me: string, tag: string): DriveFile | null {
  return files.find((f) => isOwnNotes(f, me, tag)) ?? null;
}

/**
 * The person's private notes on a pair, without making them: the recorded id (no call), else a
 * Drive search by appProperty (one call), whose find is recorded. Null when they have none.
 */
export function findPrivateNotes(ports: Ports, pairKey: string): string | null {
  const me = ports.session.userEmail().toLowerCase();
  const tag = privateTag(pairKey, me);
  const recorded = ports.state.get(RECORD_PREFIX + tag);
  if (recorded) return recorded;
  const found = ownNotes(ports.drive.findByAppProperty(PRIVATE_PROPERTY, tag), me, tag);
  if (found?.id) ports.state.set({ [RECORD_PREFIX + tag]: found.id });
  return found?.id ?? null;
}

/** Reads a recorded doc; null (and the record forgotten) when the person deleted it. */
function readRecorded(ports: Ports, tag: string): { docId: string; document: Document } | null {
  const docId = ports.state.get(RECORD_PREFIX + tag);
  if (!docId) return null;
  try {
    return { docId, document: ports.docs.get(docId) };
  } catch (e) {
    if (!isApiError(e, 404)) throw e;
    ports.state.delete(RECORD_PREFIX + tag);
    return null;
  }
}

/**
 * Finds the notes (the record, then Drive) or makes them, under the user lock so that two presses
 * (two tabs, two devices) make one doc: the second waits, then finds the first one's record.
 */
function findOrCreate(
  ports: Ports,
  me: string,
  tag: string,
  title: string,
): { docId: string; created: boolean } {
  const search = () => ownNotes(ports.drive.findByAppProperty(PRIVATE_PROPERTY, tag), me, tag);
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    // Another execution holds the lock (a sync, or a first press making this very doc): open the
    // notes if they exist, never make a second one.
    const found = search();
    if (found?.id) return { docId: found.id, created: false };
    throw new CardProblem('Tandem is busy with your 1:1s for a moment. Press “My private notes” again.');
  }
  try {
    const recorded = ports.state.get(RECORD_PREFIX + tag);
    if (recorded) return { docId: recorded, created: false };
    const found = search();
    const file = found ?? ports.drive.createDocument(title, { [PRIVATE_PROPERTY]: tag });
    if (!file.id) throw new Error('Drive created a file without an id');
    ports.state.set({ [RECORD_PREFIX + tag]: file.id });
    return { docId: file.id, created: found === null };
  } finally {
    ports.lock.release();
  }
}

/**
 * Opens the person's private notes on a pair, making them the first time, with the next meeting's
 * section prepared. A press when the notes exist costs one documents.get, plus one batchUpdate when
 * the next section is not there yet.
 */
export function openPrivateNotes(
  ports: Ports,
  context: AddonContext,
  target: PrivateNotesTarget,
): OpenedNotes {
  const me = ports.session.userEmail().toLowerCase();
  const otherEmail = otherOf(target.pairKey, me);
  const state = new TandemState(ports.state);
  const other: Person = { email: otherEmail, name: otherName(state, context, target.pairKey, otherEmail) };
  const people = [userPerson(ports, state), other];
  const tag = privateTag(target.pairKey, me);
  const title = privateNotesTitle(other);

  let opened = readRecorded(ports, tag);
  let created = false;
  if (!opened) {
    const made = findOrCreate(ports, me, tag, title);
    created = made.created;
    opened = { docId: made.docId, document: ports.docs.get(made.docId) };
  }
  const { docId, document } = opened;
  const date = nextMeetingDate(ports, context, state, target, people);
  const meeting = date ? { date, label: sectionLabel(date) } : null;
  const outcome = writeWithRevision(
    ports,
    docId,
    (doc) => planPrivateNotes(doc, meeting, other, people),
    document,
  );
  // Made when only the address was known: the name Tandem has now goes on the doc (a title a
  // person chose is left alone).
  if (other.name && document.title === privateNotesTitle({ email: otherEmail, name: null }))
    ports.drive.rename(docId, title);
  ports.log.info('privateNotesOpened', { created, prepared: outcome.applied > 0 });
  return {
    docId,
    url: docUrl(docId),
    created,
    prepared: outcome.applied > 0 && meeting ? meeting.date : null,
  };
}
