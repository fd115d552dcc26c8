// The sync's pairs phase: serve each pair the run found due, one pair's failure never stopping the
// others, and stop before the budget, leaving the pairs not reached to the next run.
import type { Person } from '../core/agenda';
import { failureRecord } from '../api-error';
import type { Ports } from '../ports';
import { tandemDay, withMergeRecorded } from './due';
import { DocIndex } from './pair-doc';
import { instancesPerSeries, SharedInstances, type InstancesSource } from './schedules';
import { needsSchedule, PairFailed, servePair, type PairContext } from './serve-pair';
import type { SeriesOutcome } from './series';
import type { PairRecord, TandemState } from './state';
import type { SeriesRead, SyncRun } from './sync-series';

/** How the pairs phase went: the pairs that failed, and whether time ran out before the last. */
export interface PairsServed {
  errors: number;
  partial: boolean;
}

/**
 * Serves the affected pairs in turn. A pair is not started when one more, as long as the pairs of
 * this run took on average, would end past the budget: calls may be slow, and a pair is several.
 */
export function servePairs(run: SyncRun, read: SeriesRead, now: Date): PairsServed {
  const { ports, state } = run;
  const { outcome } = read;
  const user: Person = { email: run.userEmail, name: state.profile.name ?? null };
  const today = tandemDay(now.getTime(), state.profile.timeZone ?? 'UTC');
  const index = new DocIndex(ports, {
    listedToday: state.docsListedOn === today,
    onListed: () => state.setDocsListedOn(today),
  });
  const schedules = scheduleSource(ports, state, outcome, now);
  const served: PairsServed = { errors: 0, partial: false };
  const pairsFrom = ports.session.now().getTime();
  let count = 0;
  for (const pairKey of outcome.affected) {
    const perPair = count > 0 ? (ports.session.now().getTime() - pairsFrom) / count : 0;
    if (run.outOfTime(perPair)) {
      served.partial = true;
      leaveForNextRun(state, [...outcome.affected].slice([...outcome.affected].indexOf(pairKey)));
      break;
    }
    const pair = state.pairs.get(pairKey);
    if (!pair || pair.status !== 'active') continue;
    count++;
    const reschedule = outcome.reschedule.has(pairKey);
    const context: PairContext = { ports, state, pair, user, read, index, schedules, reschedule, now };
    if (!recordServed(context)) served.errors++;
  }
  return served;
}

/** Serves one pair and records the outcome: the new record, or what succeeded with the failure. */
function recordServed(context: PairContext): boolean {
  const { ports, state } = context;
  const at = context.now.getTime();
  try {
    const done: PairRecord = withMergeRecorded({ ...servePair(context) }, at);
    delete done.error;
    state.putPair(done);
    return true;
  } catch (e) {
    if (!(e instanceof PairFailed)) throw e;
    const error = failureRecord(e.reason, at, context.pair.error);
    ports.log.warn('pairFailed', { code: error.code, reason: error.reason });
    state.putPair({ ...e.pair, error }); // keep every step that succeeded (doc id, share…)
    return false;
  }
}

/** The pairs not reached come back next run through their series, as a change would. */
function leaveForNextRun(state: TandemState, pairKeys: readonly string[]): void {
  const series = pairKeys.flatMap((key) => state.pairs.get(key)?.seriesIds ?? []);
  state.setPendingSeries([...new Set([...state.pendingSeries, ...series])]);
}

/**
 * Where this run reads schedules: when more than one series needs its instances (turning on, a run
 * resumed, several series changed), one events.list with singleEvents shared by every pair, where
 * each series would cost an events.instances call; otherwise that one call.
 */
function scheduleSource(
  ports: Ports,
  state: TandemState,
  outcome: SeriesOutcome,
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
