// The background sync (design.md §4): under the user lock, read what changed in Calendar, keep the
// pair records in step, and prepare each affected pair's doc — one pair's failure never stops the
// others, and the run stops cleanly before Apps Script's time limit and resumes next time.
import { seriesIdOf } from '../core/pairs';
import type { Person } from '../core/agenda';
import { ApiError, isApiError, isRetryable } from '../api-error';
import type { CalendarEvent, Ports } from '../ports';
import { listChanges } from './changes';
import { DocIndex, detachmentPatch } from './pair-doc';
import { attachToSeries, ensureDoc, ensureShared, prepareSection, refreshSchedule } from './prepare';
import { applySeries, emptyOutcome, isUnchanged } from './series';
import { TandemState, type PairRecord } from './state';
import { AFTER_MEETING_MS, armOneShot } from './triggers';

/** Work stops after this much of Apps Script's 6 minutes; the rest resumes a minute later. */
export const SYNC_BUDGET_MS = 4.5 * 60 * 1000;
/** How long a sync waits for another execution holding the user lock before skipping. */
export const LOCK_WAIT_MS = 5 * 1000;
const RESUME_AFTER_MS = 60 * 1000;
/** A pair that failed on a passing error (quota, Google's own hiccup) is tried again this soon. */
export const RETRY_AFTER_MS = 10 * 60 * 1000;

type PairError = NonNullable<PairRecord['error']>;

/** Errors worth retrying soon without being asked: quota, Google's own hiccups, a run cut short. */
function isPassing(error: PairError): boolean {
  return error.code === 0 || isRetryable({ code: error.code, reason: error.message, message: error.message });
}

export interface SyncReport {
  skipped?: 'busy' | 'off';
  full: boolean;
  changed: number;
  pairs: number;
  errors: number;
  partial: boolean;
}

function errorOf(e: unknown, at: number): PairError {
  if (e instanceof ApiError)
    return { code: e.failure.code, message: e.failure.reason || e.failure.message, at };
  return { code: 0, message: (e as Error)?.name ?? 'Error', at };
}

export interface SyncOptions {
  /** The uid of the trigger that started this run (time-driven and calendar triggers pass it). */
  triggerUid?: string;
}

export function runSync(ports: Ports, options: SyncOptions = {}): SyncReport {
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    ports.log.info('syncSkipped', { reason: 'busy' });
    return { skipped: 'busy', full: false, changed: 0, pairs: 0, errors: 0, partial: false };
  }
  const started = ports.session.now().getTime();
  try {
    return syncLocked(ports, options, started);
  } catch (e) {
    return runFailed(ports, e, started);
  } finally {
    ports.lock.release();
  }
}

function selfName(master: CalendarEvent): string | undefined {
  const self =
    master.attendees?.find((a) => a.self) ?? (master.organizer?.self ? master.organizer : undefined);
  return self?.displayName ?? undefined;
}

function syncLocked(ports: Ports, options: SyncOptions, started: number): SyncReport {
  const outOfTime = () => ports.session.now().getTime() - started > SYNC_BUDGET_MS;
  const state = new TandemState(ports.state);
  if (!state.enabled) return { skipped: 'off', full: false, changed: 0, pairs: 0, errors: 0, partial: false };
  const userEmail = ports.session.userEmail();
  const dailyRun = options.triggerUid !== undefined && options.triggerUid === state.triggers.daily;
  // The one-shot after a meeting only prepares the pairs whose meeting ended: changes arrive through
  // the calendar trigger, and the daily safety net lists them if a trigger was ever missed.
  const afterMeeting =
    options.triggerUid !== undefined &&
    options.triggerUid === state.triggers.oneShot &&
    state.syncToken !== null &&
    state.pendingSeries.length === 0 &&
    state.status?.listAgain !== true;
  const changes = afterMeeting
    ? { events: [], nextSyncToken: state.syncToken, timeZone: null, full: false }
    : listChanges(ports, state.syncToken, new Date(started));
  if (changes.timeZone && changes.timeZone !== state.profile.timeZone)
    state.setProfile({ ...state.profile, timeZone: changes.timeZone });

  const masters = new Map<string, CalendarEvent>();
  const queue: string[] = [...state.pendingSeries];
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
        if (isApiError(e, 404, 410)) continue;
        throw e;
      }
    }
    const name = selfName(master);
    if (name && name !== state.profile.name) state.setProfile({ ...state.profile, name });
    if (isUnchanged(state, master)) {
      masters.delete(seriesId); // only Tandem's own attachment or property changed
      // …but an instance listed beside it (moved, cancelled; every exception in a full sync) may
      // have changed the schedule.
      const known = instancesListed.has(seriesId) ? state.pairOfSeries(seriesId) : null;
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
  for (const pair of state.pairs.values()) {
    if (pair.status !== 'active') continue;
    const ended = pair.upcoming[0] !== undefined && pair.upcoming[0].end <= now.getTime();
    // A pair Google refused (403, 404…) is tried again by the daily safety net only: a one-off
    // refusal heals by the next day, one that lasts costs a few calls a day and no retry storm.
    const retry = pair.error !== undefined && (isPassing(pair.error) || dailyRun);
    const missingDoc = !pair.docId && pair.userIsOrganizer && pair.error === undefined;
    if (ended || retry || missingDoc) outcome.affected.add(pair.pairKey);
  }

  // Take the old pair's doc off a series before the new pair's doc goes on it.
  for (const [seriesId, docId] of outcome.detach) {
    const master = masters.get(seriesId);
    const patch = master ? detachmentPatch(master, docId) : null;
    if (patch) masters.set(seriesId, ports.calendar.patchEvent('primary', seriesId, patch));
  }

  const user: Person = { email: userEmail, name: state.profile.name ?? null };
  const index = new DocIndex(ports);
  let errors = 0;
  for (const pairKey of outcome.affected) {
    if (outOfTime()) {
      partial = true;
      // The pairs not reached yet come back next run through their series, as a change would.
      const left = [...outcome.affected].slice([...outcome.affected].indexOf(pairKey));
      const series = left.flatMap((key) => state.pairs.get(key)?.seriesIds ?? []);
      state.setPendingSeries([...new Set([...state.pendingSeries, ...series])]);
      break;
    }
    const pair = state.pairs.get(pairKey);
    if (!pair || pair.status !== 'active') continue;
    const progress = { pair };
    try {
      processPair(ports, state, progress, user, masters, index, outcome.reschedule.has(pairKey), now);
      const done: PairRecord = { ...progress.pair };
      delete done.error;
      state.putPair(done);
    } catch (e) {
      errors++;
      const error = errorOf(e, now.getTime());
      ports.log.warn('pairFailed', { code: error.code, reason: error.message });
      state.putPair({ ...progress.pair, error }); // keep every step that succeeded (doc id, share…)
    }
  }

  armOneShot(ports, state, wakeTime(state, now.getTime(), partial));
  if (!partial || changes.nextSyncToken) state.setSyncToken(changes.nextSyncToken);
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

/** When the one-shot should next run: a cut-short run resumes, a passing failure is retried, else the next meeting's end. */
function wakeTime(state: TandemState, now: number, partial: boolean): number | null {
  const times: number[] = [];
  if (partial) times.push(now + RESUME_AFTER_MS);
  for (const pair of state.pairs.values()) {
    if (pair.status !== 'active') continue;
    const ends = pair.upcoming[0] !== undefined ? pair.upcoming[0].end + AFTER_MEETING_MS : 0;
    if (ends > now) times.push(ends); // a past one is an unprocessed pair: a retry covers it
    if (pair.error !== undefined && isPassing(pair.error)) times.push(now + RETRY_AFTER_MS);
  }
  return times.length > 0 ? Math.min(...times) : null;
}

/**
 * The run failed outside one pair's steps (the change list, a detach): none of its bookkeeping is
 * kept — the next run lists the same changes again and finds what this one made — the failure is
 * recorded for the homepage, and a passing one is retried soon. A failure that is not Google's is
 * rethrown once recorded, so the execution shows as failed.
 */
function runFailed(ports: Ports, e: unknown, at: number): SyncReport {
  const error = errorOf(e, at);
  ports.log.warn('syncFailed', { code: error.code, reason: error.message });
  const state = new TandemState(ports.state);
  const wake = wakeTime(state, at, false);
  const retryAt = isApiError(e) && isPassing(error) ? at + RETRY_AFTER_MS : wake; // a bug is not retried in a loop
  armOneShot(ports, state, wake === null || retryAt === null ? (retryAt ?? wake) : Math.min(wake, retryAt));
  state.setStatus({ at, ok: false, pairs: state.pairs.size, errors: 1, listAgain: true });
  state.save();
  if (!isApiError(e)) throw e;
  return { full: false, changed: 0, pairs: 0, errors: 1, partial: false };
}

/** The steps for one pair; `progress.pair` holds the record after each step that succeeded. */
function processPair(
  ports: Ports,
  state: TandemState,
  progress: { pair: PairRecord },
  user: Person,
  masters: Map<string, CalendarEvent>,
  index: DocIndex,
  reschedule: boolean,
  now: Date,
): void {
  const pair = progress.pair;
  const changedSeries = pair.seriesIds.filter((id) => masters.has(id));
  const first = pair.upcoming[0];
  if (first && first.end <= now.getTime()) {
    progress.pair = {
      ...pair,
      upcoming: pair.upcoming.slice(1),
      lastHeld: { date: first.date, end: first.end },
    };
  }
  if (reschedule || progress.pair.upcoming.length === 0 || pair.error !== undefined) {
    progress.pair = refreshSchedule(ports, progress.pair, state.profile.timeZone, now);
  }
  const hadDoc = progress.pair.docId;
  const seriesForLookup = masters.get(progress.pair.seriesIds[0] ?? '') ?? null;
  progress.pair = ensureDoc(
    ports,
    progress.pair,
    user,
    state.settings,
    seriesForLookup,
    progress.pair.userIsOrganizer,
    index,
  );
  // A refused share (a domain that blocks outside sharing) is reported once the other steps are done:
  // the doc is still attached and prepared, and nobody else is tried instead.
  let shareFailure: ApiError | null = null;
  try {
    progress.pair = ensureShared(ports, progress.pair, state.settings);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    shareFailure = e;
  }
  if (progress.pair.docId && progress.pair.userIsOrganizer) {
    // After a failed run the attachment may be missing on series that did not change since.
    const toAttach = hadDoc && pair.error === undefined ? changedSeries : progress.pair.seriesIds;
    for (const seriesId of toAttach) {
      const master = masters.get(seriesId) ?? ports.calendar.getEvent('primary', seriesId);
      attachToSeries(ports, progress.pair, user, master);
    }
  }
  const justCreated =
    !hadDoc && progress.pair.createdByMe === true && progress.pair.preparedDate !== undefined;
  // Only a doc this install made is in its Drive listing, so only that one can be seen in the trash.
  const listed = hadDoc && progress.pair.createdByMe === true ? (id: string) => index.lists(id) : undefined;
  if (!justCreated) progress.pair = prepareSection(ports, progress.pair, user, state.settings, now, listed);
  if (shareFailure) throw shareFailure;
}
