// The benchmark's call counts (issue 13), asserted exactly through the real bundle: every scenario's
// calls by method, so an early return that makes no call fails as surely as an extra call does.
// Timings are not asserted here (they are judged by `npm run bench` only).
import { readFileSync } from 'node:fs';
import { benchContext, measureScenario, type ScenarioResult } from './run';
import { allScenarios, type BenchContext } from './scenarios';

const BUNDLE = 'dist/Code.js';
let ctx: BenchContext;
const specs = new Map(allScenarios().map((s) => [s.id, s]));

function measure(id: string): ScenarioResult {
  const spec = specs.get(id);
  if (!spec) throw new Error(`no scenario ${id}`);
  return measureScenario(spec, ctx, 1);
}

/** Misses other than CPU (timings are judged by `npm run bench`, not in tests). */
const callMisses = (r: ScenarioResult) => r.failures.filter((f) => !f.includes('CPU'));

beforeAll(() => {
  ctx = benchContext(readFileSync(BUNDLE, 'utf8'), BUNDLE);
});

jest.setTimeout(180_000);

const LIST = 'calendar.events.list';
const GET = 'docs.documents.get';
const WRITE = 'docs.documents.batchUpdate';
const DRIVE_LIST = 'drive.files.list';
const QUOTA = 'mail.getRemainingDailyQuota';
const SEND = 'mail.sendEmail';

/** Every scenario's exact calls by method, and whether it meets its target today. */
const EXPECTED: [id: string, calls: Record<string, number>, meetsTarget: boolean][] = [
  ['event-card', { 'calendar.events.instances': 1, [GET]: 1 }, true],
  ['docs-sidebar', { [GET]: 1, 'drive.files.get': 1 }, true],
  ['quiet-sync', { [LIST]: 1 }, true],
  ['unrelated-change', { [LIST]: 1 }, true],
  ['quiet-hour', {}, true],
  // A sync by hand after the K-th meeting: a read and a write per ended meeting, a read per
  // meeting starting soon; the day's Drive listing once that day's first write comes.
  ['sync-after-1', { [LIST]: 1, [WRITE]: 1, [GET]: 3 }, true],
  ['sync-after-10', { [LIST]: 1, [WRITE]: 10, [GET]: 12, [DRIVE_LIST]: 1 }, true],
  ['sync-after-40', { [LIST]: 1, [WRITE]: 40, [GET]: 40, [DRIVE_LIST]: 1 }, true],
  ['five-year-sync', { [LIST]: 1, [WRITE]: 1, [GET]: 1 }, true],
  ['five-year-card', { 'calendar.events.instances': 1, [GET]: 1 }, true],
  ['five-year-sidebar', { [GET]: 1, 'drive.files.get': 1 }, true],
  ['quiet-day', { [LIST]: 1 }, true],
  ['held-unedited', { [LIST]: 1, [GET]: 1, [WRITE]: 1, [DRIVE_LIST]: 1 }, true],
  ['held-edited', { [LIST]: 1, [GET]: 2, [WRITE]: 1, [DRIVE_LIST]: 1 }, true],
  ['held-late-item', { [LIST]: 1, [GET]: 2, [WRITE]: 2, [DRIVE_LIST]: 1 }, true],
  // One over: 80 for the meetings, 7 daily events listings, 4 daily Drive listings (Tuesday to Friday).
  ['week', { [LIST]: 7, [WRITE]: 40, [GET]: 40, [DRIVE_LIST]: 4 }, false],
  ['week-edits', { [LIST]: 7, [WRITE]: 40, [GET]: 80, [DRIVE_LIST]: 4 }, false],
  // Monday's 8 meetings (a read before, a write after each), then the reminder: it reads Tuesday's
  // 8 docs, which no run read that day…
  ['reminder-day', { [WRITE]: 8, [GET]: 16, [QUOTA]: 1, [SEND]: 1 }, true],
  // …and none when Monday's runs read the doc and wrote Tuesday's section (one series, Mondays and Tuesdays).
  ['reminder-read-today', { [WRITE]: 1, [GET]: 1, [QUOTA]: 1, [SEND]: 1 }, true],
];

/**
 * Turning on: per run, the full listing and — when more than one series needs its meetings — one
 * listing of instances (singleEvents) shared by every pair; a single series keeps its one
 * events.instances call.
 */
const ENABLE = (pairs: number, runs: number): Record<string, number> => ({
  ...(pairs === 1 ? { 'calendar.events.instances': 1 } : {}),
  [LIST]: pairs === 1 ? runs : 2 * runs,
  'calendar.events.patch': pairs,
  [GET]: pairs,
  [WRITE]: pairs,
  'drive.files.create': pairs,
  [DRIVE_LIST]: runs,
  'drive.permissions.create': pairs,
});

describe('every scenario makes exactly the calls it needs', () => {
  it.each(EXPECTED)('%s', (id, calls, meetsTarget) => {
    const result = measure(id);
    expect(result.measured.calls).toEqual(calls);
    if (meetsTarget) expect(callMisses(result)).toEqual([]);
    else expect(callMisses(result)).not.toEqual([]);
  });

  // A read of each new doc for the revision its first write must carry (design.md §1: every Docs
  // write carries requiredRevisionId): 5 per pair and 2 listings a run, over the target of 4 per pair + 3.
  it.each([
    [1, 1],
    [10, 1],
    [40, 2],
  ])('turning on with %i 1:1 series: 5 calls per pair and the listings, over the target', (pairs, runs) => {
    const result = measure(`enable-${pairs}`);
    expect(result.measured.calls).toEqual(ENABLE(pairs, runs));
    expect(callMisses(result)).not.toEqual([]);
  });
});

describe('when a meeting is held', () => {
  it('nobody edited the doc since Tandem wrote it: the read before and the write after, nothing more', () => {
    const { measured } = measure('held-unedited');
    expect(measured.callCount - measured.listPages).toBe(2);
  });

  it('people edited it: the read before, and a read and a write after', () => {
    const { measured } = measure('held-edited');
    expect(measured.callCount - measured.listPages).toBe(3);
  });
});
