// What the fault matrix compares after a fault: differences from the no-fault world must carry the
// error, and the records of the person whose Tandem does not keep a pair's doc may lag until their
// own next listing (the daily safety net, design §4), then must match.
import type { Scenario } from '../../harness';
import { advance } from './worlds';
import { viewOf, type WorldView } from './world-view';
import { problemsOf, type Faulted, type Start } from './window';

/** Whether a pair record is that of a Tandem that keeps the doc (not the other person's). */
function keepsDoc(record: unknown): boolean {
  return (record as { userIsOrganizer?: boolean } | undefined)?.userIsOrganizer !== false;
}

/**
 * Pairs whose record differs from the reference without an error that says so — on that record, or
 * on the other person's record of the pair (the Tandem that keeps the doc failed; the other learns
 * of its work later).
 */
export function unreportedDifferences(
  view: WorldView,
  reference: WorldView,
  code: number,
  s: Scenario,
): string[] {
  const problems: string[] = [];
  const stored = s.ws.toWorld().userProperties;
  const statusFailed = Object.values(stored).some((p) => p.lastSync?.includes('"ok":false'));
  const errorOf = (user: string, pairKey: string) => {
    const raw = stored[user]?.[`pair:${pairKey}`];
    return raw ? (JSON.parse(raw) as { error?: { code: number } }).error?.code : undefined;
  };
  for (const [user, pairs] of Object.entries(reference.pairs)) {
    for (const [pairKey, record] of Object.entries(pairs)) {
      if (JSON.stringify(view.pairs[user]?.[pairKey]) === JSON.stringify(record)) continue;
      if (!keepsDoc(record)) continue; // may lag until its next listing: compared the next day
      const reported = Object.keys(stored).some((someone) => errorOf(someone, pairKey) === code);
      if (!reported && !statusFailed) problems.push(`${user} ${pairKey} differs, no error ${code}`);
    }
  }
  return problems;
}

/**
 * What differs from the reference besides the records of people whose Tandem does not keep the
 * pair's doc, for the pairs `excused` (all when absent): those learn of the keeping Tandem's late
 * work at their own next listing, the daily safety net (design §4), so they may lag until then.
 */
export function beyondLaggingRecords(view: WorldView, reference: WorldView, excused?: Set<string>): string[] {
  const problems: string[] = [];
  for (const part of ['docs', 'attachments', 'triggers'] as const)
    if (JSON.stringify(view[part]) !== JSON.stringify(reference[part])) problems.push(`${part} differ`);
  const users = new Set([...Object.keys(view.pairs), ...Object.keys(reference.pairs)]);
  for (const user of users) {
    const keys = new Set([
      ...Object.keys(view.pairs[user] ?? {}),
      ...Object.keys(reference.pairs[user] ?? {}),
    ]);
    for (const pairKey of keys) {
      const [mine, theirs] = [view.pairs[user]?.[pairKey], reference.pairs[user]?.[pairKey]];
      if (JSON.stringify(mine) === JSON.stringify(theirs)) continue;
      const lags = !keepsDoc(mine) && !keepsDoc(theirs) && (excused?.has(pairKey) ?? true);
      if (!lags) problems.push(`${user}'s record of ${pairKey} differs`);
    }
  }
  return problems;
}

/** Pairs whose keeping Tandem carries a failure now: on the pair's record, or its whole last run. */
export function keeperFailures(s: Scenario): Set<string> {
  const failed = new Set<string>();
  for (const values of Object.values(s.ws.toWorld().userProperties)) {
    const runFailed = values.lastSync?.includes('"ok":false') === true;
    for (const [key, value] of Object.entries(values)) {
      if (!key.startsWith('pair:')) continue;
      const record = JSON.parse(value) as { userIsOrganizer?: boolean; error?: unknown };
      if (keepsDoc(record) && (runFailed || record.error !== undefined))
        failed.add(key.slice('pair:'.length));
    }
  }
  return failed;
}

export interface References {
  retried: WorldView;
  /** At start.othersKnowBy. */
  known: WorldView;
}

/**
 * The world the runs after a passing failure reach: the no-fault world by `retriedBy`, or — where
 * only the records of the other person of a pair lag — the no-fault world once they listed again.
 */
export function expectRetried(run: Faulted, start: Start, references: References): void {
  advance(run.s, start.retriedBy);
  const view = viewOf(run.s.ws);
  expect(problemsOf(run, view)).toEqual([]);
  if (JSON.stringify(view) === JSON.stringify(references.retried)) return;
  expect(beyondLaggingRecords(view, references.retried)).toEqual([]);
  advance(run.s, othersKnowBy(start));
  const later = viewOf(run.s.ws);
  expect(problemsOf(run, later)).toEqual([]);
  expect(later).toEqual(references.known);
}

export function othersKnowBy(start: Start): string {
  return start.othersKnowBy ?? start.nextDay;
}

/** Whether Tandem sees HTTP codes in this run's readings (the exception's `details`). */
export function codesSeen(s: Scenario): boolean {
  return s.ws.readings.errorDetails;
}
