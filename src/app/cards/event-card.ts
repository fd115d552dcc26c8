// The Calendar event card's view model: is the open event a 1:1 and with whom, its doc, the next
// meeting's open items, the cadence and three questions — in at most two API calls (one
// events.instances over the last 90 days and the coming weeks, one documents.get).
import { isApiError } from '../../api-error';
import { docUrl } from '../../core/agenda';
import { classifyEvent } from '../../core/pairs';
import { moreQuestions, suggestQuestions } from '../../core/questions';
import { DAY_MS, cadence, nextPlanned, toOccurrences } from '../../core/schedule';
import type { CalendarEvent, Document, Ports } from '../../ports';
import type { EventCardModel, EventPair, SuggestedQuestion } from './view-models';
import { agendaAttachment, nameOnSeries, tracedDoc } from '../pair-doc';
import { maintains } from '../prepare';
import { TandemState } from '../state';
import { calendarOfSeries, type AddonContext } from './addon-event';
import { readAgenda } from './open-items';
import { notePair, userPerson, withSeen } from './pair-access';
import { pairProblem } from './problems';
import { suggestionRequest } from './questions';
import { viewerFor } from './viewer';

/** The cadence looks at the last 90 days (design.md §5). */
export const CARD_LOOKBACK_DAYS = 90;
/** Far enough ahead for the next meeting of a monthly 1:1. */
export const CARD_LOOKAHEAD_DAYS = 63;
export const QUESTIONS_ON_CARD = 3;

/** The event to show: the one open in Calendar, or a series named by a button. */
export interface EventTarget {
  readonly eventId: string;
  readonly seriesId: string;
  readonly organizerEmail: string | null;
  readonly attendees: NonNullable<CalendarEvent['attendees']>;
}

export function eventTargetOf(context: AddonContext): EventTarget | null {
  const open = context.calendar;
  if (!open) return null;
  return {
    eventId: open.eventId,
    seriesId: open.recurringEventId ?? open.eventId,
    organizerEmail: open.organizerEmail,
    attendees: open.attendees,
  };
}

export function seriesTarget(seriesId: string): EventTarget {
  return { eventId: seriesId, seriesId, organizerEmail: null, attendees: [] };
}

/** The event a pair's questions belong to: the one open in Calendar, else the pair's first series. */
export function pairTarget(ports: Ports, context: AddonContext, pairKey: string): EventTarget | null {
  const seriesId = new TandemState(ports.state).pairs.get(pairKey)?.seriesIds[0];
  return eventTargetOf(context) ?? (seriesId ? seriesTarget(seriesId) : null);
}

/**
 * The series' occurrences around now (one call); for a single event, the event itself. Read from
 * the calendar the event was opened from, which may not be 'primary'.
 */
function readInstances(
  ports: Ports,
  calendarId: string,
  seriesId: string,
  timeZone: string,
  now: Date,
): CalendarEvent[] {
  const page = ports.calendar.listInstances(calendarId, seriesId, {
    timeMin: new Date(now.getTime() - CARD_LOOKBACK_DAYS * DAY_MS).toISOString(),
    timeMax: new Date(now.getTime() + CARD_LOOKAHEAD_DAYS * DAY_MS).toISOString(),
    timeZone,
    showDeleted: true,
    maxResults: 250,
  });
  return page.items ?? [];
}

/** The event the card judges: the open one when listed, else the next meeting, else any. */
function subjectOf(instances: CalendarEvent[], target: EventTarget, now: Date): CalendarEvent {
  const open = instances.find((i) => i.id === target.eventId);
  if (open) return open;
  const next = nextPlanned(toOccurrences(instances), now.getTime());
  if (next) return next.event;
  const last = instances.filter((i) => i.status !== 'cancelled').pop();
  if (last) return last;
  return {
    id: target.eventId,
    ...(target.seriesId !== target.eventId ? { recurringEventId: target.seriesId } : {}),
    ...(target.organizerEmail ? { organizer: { email: target.organizerEmail } } : {}),
    attendees: target.attendees,
  };
}

export interface EventCardOptions {
  /** A "more questions" page (1, 2…); the card's own three when absent. */
  readonly questionsPage?: number;
}

export function buildEventCard(
  ports: Ports,
  context: AddonContext,
  target: EventTarget,
  options: EventCardOptions = {},
): EventCardModel {
  const now = ports.session.now();
  const state = new TandemState(ports.state);
  const viewer = viewerFor(context, state, now);
  if (!state.enabled) return { state: 'off', viewer };
  const email = ports.session.userEmail();

  const calendarId = calendarOfSeries(context, target.seriesId);
  const instances = readInstances(ports, calendarId, target.seriesId, viewer.timeZone, now);
  const subject = subjectOf(instances, target, now);
  const classification = classifyEvent(subject, email, {
    seriesOverrides: state.settings.seriesOverrides,
    exclusionKeywords: state.settings.exclusionKeywords,
  });
  if (classification.kind === 'notOneOnOne') {
    return {
      state: 'notOneOnOne',
      viewer,
      eventTitle: subject.summary ?? '',
      reason: classification.reason,
      detail: classification.detail,
      seriesId: classification.seriesId,
    };
  }

  const record = state.pairs.get(classification.pairKey) ?? null;
  const pair: EventPair = {
    pairKey: classification.pairKey,
    seriesId: classification.seriesId,
    other: {
      email: classification.other.email,
      name:
        classification.other.displayName ??
        record?.other.name ??
        nameOnSeries(subject, classification.other.email) ??
        null,
    },
    userIsOrganizer: classification.userIsOrganizer,
  };
  const seriesInstances = instances.filter((i) => i.recurringEventId);
  const pace =
    seriesInstances.length > 0 ? cadence(seriesInstances, now, { timeZone: viewer.timeZone }) : null;
  const next = nextPlanned(toOccurrences(seriesInstances, { timeZone: viewer.timeZone }), now.getTime());

  const problem = record ? pairProblem(record) : null;
  const docId = record?.docId ?? agendaAttachment(subject) ?? tracedDoc(subject, pair.other.email);
  if (problem && problem.kind !== 'busy') {
    return {
      state: 'error',
      viewer,
      pair,
      doc: docId && problem.kind !== 'docMissing' ? { id: docId, url: docUrl(docId) } : null,
      problem,
      at: record?.error?.at ?? null,
    };
  }
  if (!docId) return { state: 'noDoc', viewer, pair, cadence: pace };

  const read = readDoc(ports, docId, record !== null && maintains(record));
  if ('problem' in read) {
    return { state: 'error', viewer, pair, doc: read.doc, problem: read.problem, at: null };
  }
  const people = [userPerson(ports, state), pair.other];
  const { agenda, openItems } = readAgenda(read.document, next?.date ?? null, people);
  const request = {
    ...suggestionRequest(ports.state, state.settings, pair, viewer.today, agenda, pace?.held ?? 0),
    count: QUESTIONS_ON_CARD,
  };
  const questions = options.questionsPage
    ? moreQuestions(request, options.questionsPage)
    : suggestQuestions(request);
  if (record) {
    const facts = {
      openItems: openItems.length,
      ...(pace ? { held: pace.held, cancelled: pace.cancelled } : {}),
    };
    notePair(ports, record.pairKey, (p) => withSeen(p, docId, facts, now));
  }
  return {
    state: 'ready',
    viewer,
    pair,
    doc: { id: docId, url: docUrl(docId) },
    nextMeeting: next?.date ?? null,
    nextStart: next?.start ?? null,
    openItems,
    cadence: pace,
    questions: questions.map((q): SuggestedQuestion => ({ id: q.id, text: q.text, category: q.category })),
  };
}

type DocRead =
  | { document: Document }
  | {
      problem: Extract<EventCardModel, { state: 'error' }>['problem'];
      doc: { id: string; url: string } | null;
    };

/** Reads the doc; a missing doc or one Tandem may not open yet becomes the card's problem. */
function readDoc(ports: Ports, docId: string, maintainedHere: boolean): DocRead {
  try {
    return { document: ports.docs.get(docId) };
  } catch (e) {
    if (!isApiError(e)) throw e;
    const doc = { id: docId, url: docUrl(docId) };
    // Tandem always sees a doc it made: a 404 there means a person deleted it.
    if (maintainedHere && isApiError(e, 404)) return { problem: { kind: 'docMissing' }, doc: null };
    if (maintainedHere && isApiError(e, 403)) return { problem: { kind: 'noAccess' }, doc };
    if (maintainedHere) throw e;
    // drive.file: the other person's doc is hidden (404, or 403) from this Tandem until this person
    // opens it once with Tandem — never "deleted", never a new doc.
    return {
      problem: {
        kind: 'other',
        message:
          'Open the agenda in Google Docs and allow Tandem there once: then its action items and questions show here too.',
      },
      doc,
    };
  }
}
