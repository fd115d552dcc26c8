// One pair's steps in a sync: the held meeting passed, the schedule read, the doc found or made,
// shared, attached and prepared. A failure carries the record with every step that succeeded.
import type { Person } from '../core/agenda';
import { ApiError } from '../api-error';
import type { CalendarEvent, Ports } from '../ports';
import type { DocIndex } from './pair-doc';
import { attachToSeries, ensureDoc, ensureShared, pastHeld, refreshSchedule } from './prepare';
import { prepareSection } from './prepare-section';
import type { InstancesSource } from './schedules';
import { organizedSeriesOf } from './series';
import type { PairRecord, TandemState } from './state';
import type { SeriesRead } from './sync-series';

/** What one pair's steps use: the pair as found, what the run read, and the services. */
export interface PairContext {
  readonly ports: Ports;
  readonly state: TandemState;
  /** The record as the run found it: its last error decides what is read again. */
  readonly pair: PairRecord;
  readonly user: Person;
  readonly read: Pick<SeriesRead, 'masters' | 'unchanged' | 'resumed'>;
  readonly index: DocIndex;
  readonly schedules: InstancesSource;
  /** A series of the pair or one of its instances changed: its coming meetings are read again. */
  readonly reschedule: boolean;
  readonly now: Date;
}

/** A pair's steps failed: `reason` is why, `pair` the record with every step that succeeded (doc id, share…). */
export class PairFailed extends Error {
  readonly pair: PairRecord;
  readonly reason: unknown;
  constructor(pair: PairRecord, reason: unknown) {
    super('The pair failed');
    this.pair = pair;
    this.reason = reason;
  }
}

/** Whether the pair's coming meetings must be read this run (servePair's first step). */
export function needsSchedule(pair: PairRecord, reschedule: boolean, now: Date): boolean {
  return reschedule || pastHeld(pair, now).upcoming.length === 0 || pair.error !== undefined;
}

/**
 * Runs the pair's steps and returns its record; throws PairFailed, which keeps every step that
 * succeeded. A refused share is thrown last: the doc is still attached and prepared.
 */
export function servePair(context: PairContext): PairRecord {
  const { ports, state, now } = context;
  let pair = context.pair;
  try {
    pair = pastHeld(pair, now);
    if (needsSchedule(context.pair, context.reschedule, now))
      pair = refreshSchedule(ports, pair, state.profile.timeZone, now, context.schedules);
    const hadDoc = pair.docId;
    const found = findOrMakeDoc(context, pair);
    pair = found.pair;
    const shared = share(context, pair, found.shareFailure);
    pair = shared.pair;
    attachDoc(context, pair, hadDoc, found.user);
    pair = prepare(context, pair, hadDoc, found.user);
    if (shared.refused) throw shared.refused;
    return pair;
  } catch (e) {
    throw new PairFailed(pair, e);
  }
}

/**
 * Finds or makes the pair's doc, learning the user's own name on the way: Calendar often leaves it
 * out, and Drive names the owner of the docs they own.
 */
function findOrMakeDoc(
  context: PairContext,
  pair: PairRecord,
): { pair: PairRecord; shareFailure: ApiError | null; user: Person } {
  const { ports, state, index } = context;
  let user = context.user;
  const learnOwnName = (name: string) => {
    state.setProfile({ ...state.profile, name });
    user = { ...user, name };
  };
  const ensured = ensureDoc(ports, pair, {
    user,
    settings: state.settings,
    series: seriesForLookup(context, pair),
    create: pair.userIsOrganizer,
    index,
    onOwnName: learnOwnName,
  });
  const ownName = state.profile.name ? null : index.ownerName(user.email);
  if (ownName) learnOwnName(ownName);
  return { ...ensured, user };
}

/**
 * A pair without its doc looks on every one of its series (the attachment, the other person's
 * trace). One this run did not list is read again only after a failed or cut-short run: a quiet
 * hour stays free, and the other person's attachment arrives as a change of the series.
 */
function seriesForLookup(context: PairContext, pair: PairRecord): CalendarEvent[] {
  if (pair.docId) return [];
  const { masters, resumed } = context.read;
  const readAgain = (id: string) => context.pair.error !== undefined || resumed.has(id);
  return pair.seriesIds
    .map(
      (id) => masters.get(id) ?? (readAgain(id) ? context.ports.calendar.getEvent('primary', id) : undefined),
    )
    .filter((m): m is CalendarEvent => m !== undefined);
}

/**
 * Shares the doc with the other person. A refused share (a domain that blocks outside sharing) is
 * reported once the other steps are done, and nobody else is tried instead.
 */
function share(
  context: PairContext,
  pair: PairRecord,
  refused: ApiError | null,
): { pair: PairRecord; refused: ApiError | null } {
  if (refused) return { pair, refused };
  try {
    return { pair: ensureShared(context.ports, pair, context.state.settings), refused: null };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { pair, refused: e };
  }
}

/**
 * Attaches the doc to the series that changed — to all of them after a failed run, which may have
 * left one without it. Only the series this user organizes: Calendar refuses anyone else's patch.
 */
function attachDoc(context: PairContext, pair: PairRecord, hadDoc: string | undefined, user: Person): void {
  if (!pair.docId || !pair.userIsOrganizer) return;
  const { masters, unchanged } = context.read;
  const changedSeries = context.pair.seriesIds.filter((id) => masters.has(id) && !unchanged.has(id));
  const candidates = hadDoc && context.pair.error === undefined ? changedSeries : pair.seriesIds;
  const organized = organizedSeriesOf(pair);
  for (const seriesId of candidates.filter((id) => organized.includes(id))) {
    const master = masters.get(seriesId) ?? context.ports.calendar.getEvent('primary', seriesId);
    attachToSeries(context.ports, pair, user, master);
  }
}

/**
 * Writes the next meeting's section, but not into a doc this run just made (made with it). Only a
 * doc this install made is in its Drive listing, so only that one can be seen in the trash; a doc
 * found missing is looked for in a fresh listing, any other in the day's (pair-doc.ts DocIndex).
 */
function prepare(
  context: PairContext,
  pair: PairRecord,
  hadDoc: string | undefined,
  user: Person,
): PairRecord {
  const justCreated = !hadDoc && pair.createdByMe === true && pair.preparedDate !== undefined;
  if (justCreated) return pair;
  const { index, state } = context;
  const previous = context.pair.error;
  const fresh = previous?.method === 'drive.files.list' && previous.reason === 'notFound';
  const listed = hadDoc && pair.createdByMe === true ? (id: string) => index.lists(id, fresh) : undefined;
  return prepareSection(context.ports, pair, user, state.settings, context.now, listed);
}
