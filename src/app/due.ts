// What a run has to do, decided from stored state alone, with no API call (design.md §4): a meeting
// ended, a meeting is about to start, the daily safety net, a retry, or a run to resume.
import { HOUR_MS } from '../core/schedule';
import { localDateIn } from './cards/viewer';
import { maintains } from './prepare';
import type { PairRecord, TandemState } from './state';

const MINUTE_MS = 60 * 1000;
/** A meeting counts as over this long after its end, so one that overruns a little is over. */
export const AFTER_MEETING_MS = MINUTE_MS;
/**
 * A meeting that starts within this long has its section brought up to date (items written since
 * merged in, design.md §3) by the hourly run: an hour between runs, and a quarter for one that is late.
 */
export const PRE_MEETING_MS = 75 * MINUTE_MS;
/** The daily safety net runs with the first run after this hour of the user's day. */
export const DAILY_HOUR = 4;
/** A failure Google says will pass (quota, its own hiccup) is tried again this long after it. */
export const RETRY_AFTER_MS = 10 * MINUTE_MS;

type PairError = NonNullable<PairRecord['error']>;
/** Whether a recorded error is worth trying again soon (the rule: retriesSoon in src/api-error.ts). */
export type RetrySoon = (error: PairError) => boolean;

/**
 * The day the daily safety net counts in: the user's calendar date, turning over at DAILY_HOUR.
 *
 * @example tandemDay(Date.parse('2026-11-24T02:30:00Z'), 'Europe/Paris') // '2026-11-23' (03:30 there)
 * @example tandemDay(Date.parse('2026-11-24T03:00:00Z'), 'Europe/Paris') // '2026-11-24' (04:00 there)
 */
export function tandemDay(now: number, timeZone: string): string {
  return localDateIn(now - DAILY_HOUR * HOUR_MS, timeZone);
}

export interface DueWork {
  /** Changed events must be listed: the daily safety net, no sync position yet, a run to resume, a failed listing to retry. */
  list: boolean;
  /** The last listing failed: a run that goes ahead for any reason lists again. */
  listAgain: boolean;
  /** The daily safety net is due: list changes and try again the pairs Google refused. */
  daily: boolean;
  /** Pairs with work due now, before any listing (pairsDue). */
  pairs: string[];
}

/**
 * Everything due at `now`. A run started by the hourly trigger with nothing due returns at once.
 *
 * @example dueWork(state, Date.parse('2026-11-24T10:05:00Z'), isPassing)
 *   // { list: false, listAgain: false, daily: false, pairs: ['alice@x bob@x'] } — their 1:1 ended at 10:00
 */
export function dueWork(state: TandemState, now: number, retrySoon: RetrySoon): DueWork {
  const daily = state.dailyOn !== tandemDay(now, state.profile.timeZone ?? 'UTC');
  const status = state.status;
  const listAgain = status?.listAgain === true;
  const retryListing = listAgain && status?.retrySoon === true && status.at + RETRY_AFTER_MS <= now;
  return {
    list: daily || state.syncToken === null || state.pendingSeries.length > 0 || retryListing,
    listAgain,
    daily,
    pairs: pairsDue(state, now, retrySoon, false),
  };
}

/**
 * Active pairs with work due at `now`: their meeting is over, their next one starts within
 * PRE_MEETING_MS and has not had its merge, a passing failure has waited RETRY_AFTER_MS (any
 * failure when `daily`), or the organizer's doc is still to be made.
 */
export function pairsDue(state: TandemState, now: number, retrySoon: RetrySoon, daily: boolean): string[] {
  const due: string[] = [];
  for (const pair of state.pairs.values()) {
    if (pair.status !== 'active') continue;
    const next = pair.upcoming[0];
    const over = next !== undefined && next.end + AFTER_MEETING_MS <= now;
    const error = pair.error;
    const retry = error !== undefined && (daily || (retrySoon(error) && error.at + RETRY_AFTER_MS <= now));
    const missingDoc = !pair.docId && pair.userIsOrganizer && error === undefined;
    if (over || retry || missingDoc || needsMerge(pair, now)) due.push(pair.pairKey);
  }
  return due;
}

/** The pair's doc is Tandem's to keep and its next meeting starts soon, without its merge yet. */
function needsMerge(pair: PairRecord, now: number): boolean {
  const next = pair.upcoming[0];
  return startsSoon(pair, now) && pair.mergedFor !== next?.date;
}

function startsSoon(pair: PairRecord, now: number): boolean {
  const next = pair.upcoming[0];
  return (
    next !== undefined &&
    pair.docId !== undefined &&
    maintains(pair) &&
    next.start > now &&
    next.start - now <= PRE_MEETING_MS
  );
}

/**
 * The record after a run brought the pair's doc up to date at `now`: when its next meeting starts
 * within PRE_MEETING_MS, that meeting has had its merge (the hourly run does not do it again); a
 * merge recorded for a meeting that is no longer the next one is forgotten.
 */
export function withMergeRecorded(pair: PairRecord, now: number): PairRecord {
  const next = pair.upcoming[0];
  if (next && startsSoon(pair, now))
    return pair.mergedFor === next.date ? pair : { ...pair, mergedFor: next.date };
  if (pair.mergedFor === undefined || pair.mergedFor === next?.date) return pair;
  const { mergedFor: _past, ...rest } = pair;
  return rest;
}
