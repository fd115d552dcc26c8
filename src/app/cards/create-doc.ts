// "Create agenda doc" from the event card: for the organizer, or for a guest whose organizer has no
// Tandem (the doc is then the guest's, shared with the organizer). Finds before it creates: never a twin.
import { agendaTitle, docUrl } from '../../core/agenda';
import { classifyEvent } from '../../core/pairs';
import type { Ports } from '../../ports';
import { failureRecord, toApiFailure } from '../../api-error';
import { peopleOf, traceComment } from '../pair-doc';
import { attachToSeries, ensureDoc, ensureShared, refreshSchedule } from '../prepare';
import { prepareSection } from '../prepare-section';
import { applySeries, emptyOutcome } from '../series';
import type { PairRecord } from '../state';
import type { CalendarEvent } from '../../ports';
import { calendarOfSeries, type AddonContext } from './addon-event';
import { userPerson, withFreshState } from './pair-access';
import { CardProblem, pairProblem } from './problems';

export interface CreatedDoc {
  readonly docId: string;
  readonly other: { readonly email: string; readonly name?: string };
  /** True when this press made the doc (false: it already existed and was found). */
  readonly created: boolean;
  /** The attachment for the open event, when Calendar lets the add-on add it (CalendarEventActionResponse). */
  readonly attachment: { readonly url: string; readonly title: string } | null;
}

/** A record pointing at a deleted doc starts over: a new doc, shared and prepared again. */
function forgetMissingDoc(pair: PairRecord): PairRecord {
  if (!pair.docId || pairProblem(pair)?.kind !== 'docMissing') return pair;
  const fresh = { ...pair };
  delete fresh.docId;
  delete fresh.sharedWith;
  delete fresh.preparedDate;
  delete fresh.createdByMe;
  delete fresh.error;
  return fresh;
}

export function createDoc(
  ports: Ports,
  context: AddonContext,
  params: { pairKey: string; seriesId: string },
): CreatedDoc {
  const now = ports.session.now();
  const result = withFreshState(ports, true, (state): CreatedDoc => {
    const email = ports.session.userEmail();
    const calendarId = calendarOfSeries(context, params.seriesId);
    const master = ports.calendar.getEvent(calendarId, params.seriesId, state.profile.timeZone);
    const classification = classifyEvent(master, email, {
      seriesOverrides: state.settings.seriesOverrides,
      exclusionKeywords: state.settings.exclusionKeywords,
    });
    if (classification.kind !== 'oneOnOne' || classification.pairKey !== params.pairKey) {
      throw new CardProblem('This event is no longer a 1:1 with that person, so Tandem made no doc.');
    }
    const self =
      master.attendees?.find((a) => a.self) ?? (master.organizer?.self ? master.organizer : undefined);
    if (self?.displayName && !state.profile.name)
      state.setProfile({ ...state.profile, name: self.displayName });
    if (!state.pairs.has(params.pairKey)) applySeries(state, master, email, emptyOutcome());
    const known = state.pairs.get(params.pairKey);
    if (!known) throw new CardProblem('Tandem couldn’t record this 1:1. Try again.');
    const before = forgetMissingDoc(known);
    let user = userPerson(ports, state);
    let pair = before;
    try {
      if (!pair.upcoming.some((m) => m.end > now.getTime()))
        pair = refreshSchedule(ports, pair, state.profile.timeZone, now);
      // After a deletion the old attachment still names the deleted doc: do not look there.
      const ensured = ensureDoc(ports, pair, {
        user,
        settings: state.settings,
        series: before === known ? [master] : [],
        create: true,
        onOwnName: (name) => {
          state.setProfile({ ...state.profile, name });
          user = { ...user, name };
        },
      });
      pair = ensured.pair;
      if (ensured.shareFailure) throw ensured.shareFailure;
      pair = ensureShared(ports, pair, state.settings);
      // A doc made just now already holds the next meeting's section (written with its header).
      const next = pair.upcoming.find((m) => m.end > now.getTime());
      if (before.docId !== undefined || pair.preparedDate !== next?.date)
        pair = prepareSection(ports, pair, user, state.settings, now);
    } catch (e) {
      state.putPair({ ...pair, error: failureRecord(e, now.getTime(), pair.error) });
      state.save();
      throw e;
    }
    const docId = pair.docId;
    if (!docId) throw new CardProblem('Tandem couldn’t make the doc. Try again.');
    const open = context.calendar;
    const openIsThisSeries = open !== null && (open.recurringEventId ?? open.eventId) === params.seriesId;
    const title = agendaTitle(peopleOf(user, pair));
    let attachment: CreatedDoc['attachment'] = null;
    const created = before.docId !== docId;
    // The series gets the doc through the API (what the sync does): an attachment returned to the
    // open event is kept only if the person then saves the event, so it only shows it at once.
    attachToSeries(ports, pair, user, master);
    if (created && openIsThisSeries && open.canAddAttachments) attachment = { url: docUrl(docId), title };
    if (created && !classification.userIsOrganizer)
      leaveTrace(ports, calendarId, master, email, docId, title);
    const done: PairRecord = { ...pair };
    delete done.error;
    state.putPair(done);
    ports.log.info('docCreatedFromCard', { created, organizer: pair.userIsOrganizer });
    return { docId, other: pair.other, created, attachment };
  });
  if (!result) throw new CardProblem('Tandem is busy updating your 1:1s. Try again in a moment.');
  return result;
}

/**
 * A guest made the doc: their own attendee comment on the series says so, so the organizer's
 * Tandem waits for this doc instead of making a twin (design.md §2). Best effort: the doc is made
 * and shared either way, and the organizer can still attach it from the link in the share.
 */
function leaveTrace(
  ports: Ports,
  calendarId: string,
  master: CalendarEvent,
  email: string,
  docId: string,
  title: string,
): void {
  if (!master.id || !master.attendees) return;
  const attendees = master.attendees.map((a) =>
    a.email?.toLowerCase() === email ? { ...a, comment: traceComment(a.comment, docId, title) } : a,
  );
  try {
    ports.calendar.patchEvent(calendarId, master.id, { attendees });
  } catch (e) {
    ports.log.warn('traceNotLeft', { code: toApiFailure(e).code });
  }
}
