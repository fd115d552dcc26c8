// The background sync (design.md §4): under the user lock, read what changed in Calendar, keep the
// pair records in step, and prepare each affected pair's doc — one pair's failure never stops the
// others, and the run stops cleanly before Apps Script's time limit and resumes next time.
import { seriesIdOf } from '../core/pairs';
import type { Person } from '../core/agenda';
import { ApiError, failureRecord, isApiError, retriesSoon, UNKNOWN_STATUS } from '../api-error';
import type { CalendarEvent, Ports } from '../ports';
import { listChanges } from './changes';
import { DocIndex, detachmentPatch } from './pair-doc';
import { attachToSeries, ensureDoc, ensureShared, prepareSection, refreshSchedule } from './prepare';
import { applySeries, emptyOutcome, isUnchanged, organizedSeriesOf } from './series';
import { instancesPerSeries, SharedInstances, type InstancesSource } from './schedules';
import { TandemState, type PairRecord } from './state';
import { dueWork, pairsDue, tandemDay, withMergeRecorded } from './due';
import { installTriggers, needsNewTriggers } from './triggers';

/** Work stops after this much of Apps Script's 6 minutes; the rest resumes at the next hourly run. */
export const SYNC_BUDGET_MS = 4.5 * 60 * 1000;
/** More series left by a run cut short than this: the next run lists everything once instead of getting each. */
export const RESUME_WITH_FULL_LISTING = 2;
/** How long a sync waits for another execution holding the user lock before skipping. */
export const LOCK_WAIT_MS = 5 * 1000;
export { RETRY_AFTER_MS } from './due';

type PairError = NonNullable<PairRecord['error']>;

/**
 * Failures retried soon, not only by the daily run: passing ones (Google busy, a status not given,
 * a doc that kept changing), a few runs in a row at most — one rule, src/api-error.ts.
 */
function isPassing(error: PairError): boolean {
  return retriesSoon(error);
}

export interface SyncReport {
  /** busy: another run held the lock; off: Tandem is off; quiet: an hourly run found nothing due. */
  skipped?: 'busy' | 'off' | 'quiet';
  full: boolean;
  changed: number;
  pairs: number;
  errors: number;
  partial: boolean;
}

/** The failure as recorded: code and reason, counting the runs in a row that failed the same way. */
function errorOf(e: unknown, at: number, previous?: PairError): PairError {
  return failureRecord(e, at, previous);
}

export interface SyncOptions {
  /** Which trigger started the run: the calendar trigger, or the hourly (time-driven) one. */
  source?: 'calendar' | 'clock';
  /** The uid of the trigger that started this run (time-driven and calendar triggers pass it). */
  triggerUid?: string;
  /** How long the run may work before it stops and leaves the rest to the next run (SYNC_BUDGET_MS). */
  budgetMs?: number;
}

/** What runFailed needs to know of the run it ends: the daily safety net it was, if it was one. */
interface RunNotes {
  daily: string | null;
}

const NOTHING_DONE = { full: false, changed: 0, pairs: 0, errors: 0, partial: false } as const;

/**
 * One sync under the user lock. A run of the hourly trigger does only what is due (due.ts) and
 * returns at once, with no API call, when nothing is; the calendar trigger's run, the first run
 * after turning on and a run by hand list what changed and do everything due.
 */
export function runSync(ports: Ports, options: SyncOptions = {}): SyncReport {
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    ports.log.info('syncSkipped', { reason: 'busy' });
    return { skipped: 'busy', ...NOTHING_DONE };
  }
  const started = ports.session.now().getTime();
  const notes: RunNotes = { daily: null };
  try {
    return syncLocked(ports, options, started, notes);
  } catch (e) {
    return runFailed(ports, e, started, notes);
  } finally {
    ports.lock.release();
  }
}

function selfName(master: CalendarEvent): string | undefined {
  const self =
    master.attendees?.find((a) => a.self) ?? (master.organizer?.self ? master.organizer : undefined);
  return self?.displayName ?? undefined;
}

function syncLocked(ports: Ports, options: SyncOptions, started: number, notes: RunNotes): SyncReport {
  const budgetMs = options.budgetMs ?? SYNC_BUDGET_MS;
  /** Whether work that takes `nextMs` more would end past the budget. */
  const outOfTime = (nextMs = 0) => ports.session.now().getTime() - started + nextMs > budgetMs;
  const state = new TandemState(ports.state);
  if (!state.enabled) return { skipped: 'off', ...NOTHING_DONE };
  const userEmail = ports.session.userEmail();
  // Users who turned on under the one-shot and daily triggers move to the hourly one, at any run.
  if (needsNewTriggers(state)) installTriggers(ports, state, userEmail);
  const due = dueWork(state, started, isPassing);
  // A run of the hourly trigger (not one started by hand, which has no trigger id) does only what
  // is due; when nothing is, it costs no call. Changes arrive through the calendar trigger, and the
  // daily safety net lists them if a trigger was ever missed.
  const hourly = options.source === 'clock' && options.triggerUid !== undefined;
  if (hourly && !due.list && due.pairs.length === 0) {
    state.save();
    ports.log.info('syncSkipped', { reason: 'quiet' });
    return { skipped: 'quiet', ...NOTHING_DONE };
  }
  const listing = !hourly || due.list || due.listAgain;
  const dailyRun = listing && due.daily;
  if (dailyRun) notes.daily = tandemDay(started, state.profile.timeZone ?? 'UTC');
  // A run cut short left series whose pairs it did not reach: one full listing reads them all
  // again (a page or two), where the changes since would not hold them and each would cost a get.
  const resumeMany = state.pendingSeries.length > RESUME_WITH_FULL_LISTING;
  const changes = listing
    ? listChanges(ports, resumeMany ? null : state.syncToken, new Date(started))
    : { events: [], nextSyncToken: state.syncToken, timeZone: null, full: false };
  if (changes.timeZone && changes.timeZone !== state.profile.timeZone)
    state.setProfile({ ...state.profile, timeZone: changes.timeZone });

  const masters = new Map<string, CalendarEvent>();
  const unchanged = new Set<string>();
  const queue: string[] = [...state.pendingSeries];
  const wasPending = new Set(state.pendingSeries);
  const instancesListed = new Set<string>();
  for (const event of changes.events) {
    const seriesId = seriesIdOf(event);
    if (!seriesId) continue;
    if (!queue.includes(seriesId)) queue.push(seriesId);
    if (!event.recurringEventId) masters.set(seriesId, event);
    else instancesListed.add(seriesId);
  }
  const outcome = emptyOutcome();
  let partial = false;
  let done = 0;
  for (const seriesId of queue) {
    if (outOfTime()) {
      partial = true;
      break;
    }
    done++;
    let master = masters.get(seriesId);
    if (!master) {
      const known = state.pairOfSeries(seriesId);
      if (known) {
        outcome.affected.add(known.pairKey); // a moved or cancelled instance: the schedule changed
        outcome.reschedule.add(known.pairKey);
        continue;
      }
      try {
        master = ports.calendar.getEvent('primary', seriesId, state.profile.timeZone);
        masters.set(seriesId, master);
      } catch (e) {
        if (isApiError(e, 404, 410, UNKNOWN_STATUS)) continue; // gone, or Apps Script did not say
        throw e;
      }
    }
    const name = selfName(master);
    if (name && name !== state.profile.name) state.setProfile({ ...state.profile, name });
    if (isUnchanged(state, master)) {
      unchanged.add(seriesId); // only Tandem's own attachment or property changed; kept to attach
      // …but an instance listed beside it (moved, cancelled; every exception in a full sync) may
      // have changed the schedule, and a pair a run cut short did not reach still needs its work.
      const known =
        instancesListed.has(seriesId) || wasPending.has(seriesId) ? state.pairOfSeries(seriesId) : null;
      if (known) {
        outcome.affected.add(known.pairKey);
        outcome.reschedule.add(known.pairKey);
      }
      continue;
    }
    applySeries(state, master, userEmail, outcome);
  }
  state.setPendingSeries(queue.slice(done));

  const now = ports.session.now();
  // A pair Google refused (403, 404…) is tried again by the daily safety net only: a one-off
  // refusal heals by the next day, one that lasts costs a few calls a day and no retry storm.
  for (const pairKey of pairsDue(state, now.getTime(), isPassing, dailyRun)) outcome.affected.add(pairKey);

  // Take the old pair's doc off a series before the new pair's doc goes on it.
  for (const [seriesId, docId] of outcome.detach) {
    const master = masters.get(seriesId);
    const patch = master ? detachmentPatch(master, docId) : null;
    if (patch) masters.set(seriesId, ports.calendar.patchEvent('primary', seriesId, patch));
  }

  const user: Person = { email: userEmail, name: state.profile.name ?? null };
  const today = tandemDay(now.getTime(), state.profile.timeZone ?? 'UTC');
  const index = new DocIndex(ports, {
    listedToday: state.docsListedOn === today,
    onListed: () => state.setDocsListedOn(today),
  });
  const schedules = scheduleSource(ports, state, outcome, now);
  let errors = 0;
  // A pair is not started when one more, as long as the pairs of this run took on average, would
  // end past the budget: calls may be slow, and a pair is several of them.
  const pairsFrom = ports.session.now().getTime();
  let served = 0;
  for (const pairKey of outcome.affected) {
    const perPair = served > 0 ? (ports.session.now().getTime() - pairsFrom) / served : 0;
    if (outOfTime(perPair)) {
      partial = true;
      // The pairs not reached yet come back next run through their series, as a change would.
      const left = [...outcome.affected].slice([...outcome.affected].indexOf(pairKey));
      const series = left.flatMap((key) => state.pairs.get(key)?.seriesIds ?? []);
      state.setPendingSeries([...new Set([...state.pendingSeries, ...series])]);
      break;
    }
    const pair = state.pairs.get(pairKey);
    if (!pair || pair.status !== 'active') continue;
    served++;
    const progress = { pair };
    try {
      processPair(
        ports,
        state,
        progress,
        user,
        { masters, unchanged, resumed: wasPending },
        index,
        outcome.reschedule.has(pairKey),
        now,
        schedules,
      );
      const done: PairRecord = withMergeRecorded({ ...progress.pair }, now.getTime());
      delete done.error;
      state.putPair(done);
    } catch (e) {
      errors++;
      const error = errorOf(e, now.getTime(), pair.error);
      ports.log.warn('pairFailed', { code: error.code, reason: error.reason });
      state.putPair({ ...progress.pair, error }); // keep every step that succeeded (doc id, share…)
    }
  }

  if (!partial || changes.nextSyncToken) state.setSyncToken(changes.nextSyncToken);
  if (notes.daily) state.setDailyOn(notes.daily);
  state.setStatus({
    at: now.getTime(),
    ok: errors === 0,
    pairs: state.pairs.size,
    errors,
    ...(partial ? { partial } : {}),
  });
  state.save();
  ports.log.info('syncDone', {
    changed: changes.events.length,
    full: changes.full,
    pairs: outcome.affected.size,
    errors,
    partial,
  });
  return {
    full: changes.full,
    changed: changes.events.length,
    pairs: outcome.affected.size,
    errors,
    partial,
  };
}

/**
 * The run failed outside one pair's steps (the change list, a detach): none of its bookkeeping is
 * kept — the next run lists the same changes again and finds what this one made — the failure is
 * recorded for the homepage, and a passing one is listed again by the first hourly run ten minutes
 * on (due.ts). A failure that is not Google's is rethrown once recorded, so the execution shows as failed.
 */
function runFailed(ports: Ports, e: unknown, at: number, notes: RunNotes): SyncReport {
  const error = errorOf(e, at);
  ports.log.warn('syncFailed', { code: error.code, reason: error.reason });
  const state = new TandemState(ports.state);
  // A bug is not retried in a loop, nor a passing failure that already failed the run before: the
  // listing waits for the calendar trigger's next run or the daily safety net, which a refused or
  // broken daily run leaves for the next day.
  const soon = isPassing(error) && state.status?.listAgain !== true;
  if (notes.daily && !soon) state.setDailyOn(notes.daily);
  state.setStatus({
    at,
    ok: false,
    pairs: state.pairs.size,
    errors: 1,
    listAgain: true,
    ...(soon ? { retrySoon: true } : {}),
  });
  state.save();
  if (!isApiError(e)) throw e;
  return { full: false, changed: 0, pairs: 0, errors: 1, partial: false };
}

/** Whether the pair's coming meetings must be read this run (processPair's first step). */
function needsSchedule(pair: PairRecord, reschedule: boolean, now: Date): boolean {
  const first = pair.upcoming[0];
  const left = first && first.end <= now.getTime() ? pair.upcoming.length - 1 : pair.upcoming.length;
  return reschedule || left === 0 || pair.error !== undefined;
}

/**
 * Where this run reads schedules: when more than one series needs its instances (turning on, a run
 * resumed, several series changed), one events.list with singleEvents shared by every pair, where
 * each series would cost an events.instances call; otherwise that one call.
 */
function scheduleSource(
  ports: Ports,
  state: TandemState,
  outcome: ReturnType<typeof emptyOutcome>,
  now: Date,
): InstancesSource {
  const timeZone = state.profile.timeZone;
  let series = 0;
  for (const pairKey of outcome.affected) {
    const pair = state.pairs.get(pairKey);
    if (pair?.status === 'active' && needsSchedule(pair, outcome.reschedule.has(pairKey), now))
      series += pair.seriesIds.length;
  }
  return series > 1 ? new SharedInstances(ports, timeZone, now) : instancesPerSeries(ports, timeZone, now);
}

/** The steps for one pair; `progress.pair` holds the record after each step that succeeded. */
function processPair(
  ports: Ports,
  state: TandemState,
  progress: { pair: PairRecord },
  self: Person,
  read: {
    masters: Map<string, CalendarEvent>;
    unchanged: ReadonlySet<string>;
    /** Series a run cut short left for this one: listed by no change, so read here when needed. */
    resumed: ReadonlySet<string>;
  },
  index: DocIndex,
  reschedule: boolean,
  now: Date,
  schedules: InstancesSource,
): void {
  const pair = progress.pair;
  let user = self;
  const { masters } = read;
  const changedSeries = pair.seriesIds.filter((id) => masters.has(id) && !read.unchanged.has(id));
  const first = pair.upcoming[0];
  if (first && first.end <= now.getTime()) {
    progress.pair = {
      ...pair,
      upcoming: pair.upcoming.slice(1),
      lastHeld: { date: first.date, end: first.end },
    };
  }
  if (needsSchedule(pair, reschedule, now)) {
    progress.pair = refreshSchedule(ports, progress.pair, state.profile.timeZone, now, schedules);
  }
  const hadDoc = progress.pair.docId;
  // A pair without its doc looks on every one of its series (the attachment, the other person's
  // trace). One this run did not list is read again only after a failed or cut-short run: a quiet
  // hour stays free, and the other person's attachment arrives as a change of the series.
  const readAgain = (id: string) => pair.error !== undefined || read.resumed.has(id);
  const seriesForLookup = progress.pair.docId
    ? []
    : progress.pair.seriesIds
        .map((id) => masters.get(id) ?? (readAgain(id) ? ports.calendar.getEvent('primary', id) : undefined))
        .filter((m): m is CalendarEvent => m !== undefined);
  const learnOwnName = (name: string) => {
    state.setProfile({ ...state.profile, name });
    user = { ...user, name };
  };
  const ensured = ensureDoc(ports, progress.pair, {
    user,
    settings: state.settings,
    series: seriesForLookup,
    create: progress.pair.userIsOrganizer,
    index,
    onOwnName: learnOwnName,
  });
  progress.pair = ensured.pair;
  // Calendar often leaves the user's own name out; Drive names the owner of the docs they own.
  const ownName = state.profile.name ? null : index.ownerName(user.email);
  if (ownName) learnOwnName(ownName);
  // A refused share (a domain that blocks outside sharing) is reported once the other steps are done:
  // the doc is still attached and prepared, and nobody else is tried instead.
  let shareFailure: ApiError | null = ensured.shareFailure;
  try {
    if (!shareFailure) progress.pair = ensureShared(ports, progress.pair, state.settings);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    shareFailure = e;
  }
  if (progress.pair.docId && progress.pair.userIsOrganizer) {
    // After a failed run the attachment may be missing on series that did not change since. Only
    // the series this user organizes: Calendar refuses anyone else's patch (forbiddenForNonOrganizer).
    const candidates = hadDoc && pair.error === undefined ? changedSeries : progress.pair.seriesIds;
    const organized = organizedSeriesOf(progress.pair);
    for (const seriesId of candidates.filter((id) => organized.includes(id))) {
      const master = masters.get(seriesId) ?? ports.calendar.getEvent('primary', seriesId);
      attachToSeries(ports, progress.pair, user, master);
    }
  }
  const justCreated =
    !hadDoc && progress.pair.createdByMe === true && progress.pair.preparedDate !== undefined;
  // Only a doc this install made is in its Drive listing, so only that one can be seen in the trash.
  // A doc found missing is looked for in a fresh listing; any other, in the day's (pair-doc.ts DocIndex).
  const fresh = pair.error?.method === 'drive.files.list' && pair.error.reason === 'notFound';
  const listed =
    hadDoc && progress.pair.createdByMe === true ? (id: string) => index.lists(id, fresh) : undefined;
  if (!justCreated) progress.pair = prepareSection(ports, progress.pair, user, state.settings, now, listed);
  if (shareFailure) throw shareFailure;
}
