// The background sync (design.md §4): under the user lock, read what changed in Calendar, keep the
// pair records in step, and prepare each affected pair's doc — one pair's failure never stops the
// others, and the run stops cleanly before Apps Script's time limit and resumes next time.
import { failureRecord, isApiError, retriesSoon } from '../api-error';
import type { Ports } from '../ports';
import type { Changes } from './changes';
import { dueWork, pairsDue, tandemDay } from './due';
import { servePairs, type PairsServed } from './serve-pairs';
import { TandemState } from './state';
import { applyChanges, detachOldDocs, readChanges, type SeriesRead, type SyncRun } from './sync-series';
import { installTriggers, needsNewTriggers } from './triggers';

/** Work stops after this much of Apps Script's 6 minutes; the rest resumes at the next hourly run. */
export const SYNC_BUDGET_MS = 4.5 * 60 * 1000;
/** How long a sync waits for another execution holding the user lock before skipping. */
export const LOCK_WAIT_MS = 5 * 1000;
export { RETRY_AFTER_MS } from './due';

export interface SyncReport {
  /** busy: another run held the lock; off: Tandem is off; quiet: an hourly run found nothing due. */
  skipped?: 'busy' | 'off' | 'quiet';
  full: boolean;
  changed: number;
  pairs: number;
  errors: number;
  partial: boolean;
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

/** The run's phases: what is due, the changes listed, the series applied, the pairs served, the run recorded. */
function syncLocked(ports: Ports, options: SyncOptions, started: number, notes: RunNotes): SyncReport {
  const budgetMs = options.budgetMs ?? SYNC_BUDGET_MS;
  const outOfTime = (nextMs = 0) => ports.session.now().getTime() - started + nextMs > budgetMs;
  const state = new TandemState(ports.state);
  if (!state.enabled) return { skipped: 'off', ...NOTHING_DONE };
  const run: SyncRun = { ports, state, userEmail: ports.session.userEmail(), outOfTime };
  // Users who turned on under the one-shot and daily triggers move to the hourly one, at any run.
  if (needsNewTriggers(state)) installTriggers(ports, state, run.userEmail);
  const work = workOfRun(state, options, started);
  if (!work) {
    state.save();
    ports.log.info('syncSkipped', { reason: 'quiet' });
    return { skipped: 'quiet', ...NOTHING_DONE };
  }
  if (work.daily) notes.daily = tandemDay(started, state.profile.timeZone ?? 'UTC');
  const changes = readChanges(run, work.listing, started);
  const read = applyChanges(run, changes.events);
  const now = ports.session.now();
  // A pair Google refused (403, 404…) is tried again by the daily safety net only: a one-off
  // refusal heals by the next day, one that lasts costs a few calls a day and no retry storm.
  for (const pairKey of pairsDue(state, now.getTime(), retriesSoon, work.daily))
    read.outcome.affected.add(pairKey);
  detachOldDocs(ports, read);
  const served = servePairs(run, read, now);
  return recordRun(run, notes, { changes, read, served, now });
}

/**
 * What this run does, or null for an hourly run with nothing due. A run of the hourly trigger (not
 * one started by hand, which has no trigger id) does only what is due; when nothing is, it costs no
 * call. Changes arrive through the calendar trigger, and the daily safety net lists them if a
 * trigger was ever missed.
 */
function workOfRun(
  state: TandemState,
  options: SyncOptions,
  started: number,
): { listing: boolean; daily: boolean } | null {
  const due = dueWork(state, started, retriesSoon);
  const hourly = options.source === 'clock' && options.triggerUid !== undefined;
  if (hourly && !due.list && due.pairs.length === 0) return null;
  const listing = !hourly || due.list || due.listAgain;
  return { listing, daily: listing && due.daily };
}

/** Keeps the run's position in Calendar and its status for the homepage, and reports it. */
function recordRun(
  run: SyncRun,
  notes: RunNotes,
  done: { changes: Changes; read: SeriesRead; served: PairsServed; now: Date },
): SyncReport {
  const { ports, state } = run;
  const { changes, read, served, now } = done;
  const partial = read.partial || served.partial;
  const { errors } = served;
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
  const report = { full: changes.full, changed: changes.events.length, pairs: read.outcome.affected.size };
  ports.log.info('syncDone', {
    changed: report.changed,
    full: report.full,
    pairs: report.pairs,
    errors,
    partial,
  });
  return { ...report, errors, partial };
}

/**
 * The run failed outside one pair's steps (the change list, a detach): none of its bookkeeping is
 * kept — the next run lists the same changes again and finds what this one made — the failure is
 * recorded for the homepage, and a passing one is listed again by the first hourly run ten minutes
 * on (due.ts). A failure that is not Google's is rethrown once recorded, so the execution shows as failed.
 */
function runFailed(ports: Ports, e: unknown, at: number, notes: RunNotes): SyncReport {
  const error = failureRecord(e, at);
  ports.log.warn('syncFailed', { code: error.code, reason: error.reason });
  const state = new TandemState(ports.state);
  // A bug is not retried in a loop, nor a passing failure that already failed the run before: the
  // listing waits for the calendar trigger's next run or the daily safety net, which a refused or
  // broken daily run leaves for the next day.
  const soon = retriesSoon(error) && state.status?.listAgain !== true;
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
