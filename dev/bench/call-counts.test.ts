// The benchmark's call-count targets (issue 6), asserted through the real bundle: call counts are
// exact, so they belong in tests; timings do not (they are checked by `npm run bench` only).
import { readFileSync } from 'node:fs';
import { benchContext, measureScenario, type ScenarioResult } from './run';
import { allScenarios, kthMeetingEnd, meetingsStartingSoon, type BenchContext } from './scenarios';

const BUNDLE = 'dist/Code.js';
let ctx: BenchContext;
const specs = new Map(allScenarios().map((s) => [s.id, s]));

function measure(id: string): ScenarioResult {
  const spec = specs.get(id);
  if (!spec) throw new Error(`no scenario ${id}`);
  return measureScenario(spec, ctx, 1);
}

/** Calls other than the list pages every pair shares (events.list, files.list). */
const beyondListPages = (r: ScenarioResult) => r.measured.callCount - r.measured.listPages;

beforeAll(() => {
  ctx = benchContext(readFileSync(BUNDLE, 'utf8'), BUNDLE);
});

jest.setTimeout(120_000);

describe('when a card opens on a pair that has a doc', () => {
  it('the Calendar event card makes at most two calls', () => {
    expect(measure('event-card').measured.callCount).toBeLessThanOrEqual(2);
  });

  it('the Docs sidebar on the agenda doc makes at most two calls', () => {
    expect(measure('docs-sidebar').measured.callCount).toBeLessThanOrEqual(2);
  });
});

describe('when nothing changed since the last sync', () => {
  it('a sync makes exactly one call: events.list with the sync token', () => {
    expect(measure('quiet-sync').measured.calls).toEqual({ 'calendar.events.list': 1 });
  });

  it('a Saturday with 40 pairs and no 1:1 ending costs at most one call in total', () => {
    expect(measure('quiet-day').measured.callCount).toBeLessThanOrEqual(1);
  });
});

describe('when meetings have ended', () => {
  it.each([1, 10])(
    'a sync after %i ended meeting(s) makes at most 3 calls per pair it serves (ended, or starting within 75 min) beside list pages',
    (k) => {
      const result = measure(`sync-after-${k}`);
      const served = k + meetingsStartingSoon(kthMeetingEnd(k) + 2 * 60 * 1000);
      expect(beyondListPages(result)).toBeLessThanOrEqual(3 * served);
      expect(result.measured.listPages).toBeGreaterThanOrEqual(1);
    },
  );

  it('a week of 40 weekly 1:1s held costs at most 3 calls per meeting beside one events listing a day and a Drive listing per meeting', () => {
    const { measured } = measure('week');
    expect(measured.callCount - measured.listPages).toBeLessThanOrEqual(3 * 40);
    expect(measured.calls['calendar.events.list']).toBeLessThanOrEqual(7);
    expect(measured.calls['drive.files.list'] ?? 0).toBeLessThanOrEqual(40);
  });
});

describe('when Tandem is turned on for the first time', () => {
  it.each([1, 10])(
    'with %i 1:1 series it makes at most 6 calls per pair beside list pages, in one run',
    (pairs) => {
      const result = measure(`enable-${pairs}`);
      expect(beyondListPages(result)).toBeLessThanOrEqual(6 * pairs);
      expect(result.measured.partial).toBe(false);
    },
  );
});

describe('when the pair doc holds five years of weekly meetings', () => {
  it('the event card still makes at most two calls', () => {
    expect(measure('five-year-card').measured.callCount).toBeLessThanOrEqual(2);
  });

  it('the Docs sidebar still makes at most two calls', () => {
    expect(measure('five-year-sidebar').measured.callCount).toBeLessThanOrEqual(2);
  });

  it('the sync after its meeting makes at most 3 calls beside list pages', () => {
    expect(beyondListPages(measure('five-year-sync'))).toBeLessThanOrEqual(3);
  });
});
