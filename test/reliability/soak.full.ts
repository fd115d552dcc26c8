// The full soak of issue 7: 10 managers × 40 1:1s × 26 weeks of half-day ticks, with the invariants
// checked after every tick. Not part of `npm test` (minutes, not seconds): `npm run soak`.
import { Soak, type SoakReport } from './support/soak';

let report: SoakReport;

beforeAll(
  () => {
    const started = Date.now();
    report = new Soak({ users: 10, pairsPerUser: 40, weeks: 26, seed: 20261019 }).run();
    console.log(
      JSON.stringify({
        ...report,
        failedExecutions: report.failedExecutions.slice(0, 5),
        violations: report.violations.slice(0, 20),
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
  },
  60 * 60 * 1000,
);

describe('the full soak: 10 managers with 40 1:1s each over 26 weeks', () => {
  it('ran every tick, with people writing, ticking items off, moving and cancelling meetings', () => {
    expect(report.ticks).toBe(26 * 14);
    expect(report.edits).toBeGreaterThan(5000);
    expect(report.moves + report.cancellations).toBeGreaterThan(50);
  });

  it('every execution succeeded', () => {
    expect(report.failedExecutions).toEqual([]);
  });

  it('after every tick: one doc per pair, one section per held or next meeting, nothing lost or doubled', () => {
    expect(report.checks).toBe(report.ticks * 10 * 40);
    expect(report.violations).toEqual([]);
  });
});
