// The full soak: 10 managers × 20 1:1s × 26 weeks of half-day ticks, half the reports running Tandem
// too and half of those who run it with the reminder to prepare on, with the invariants checked after
// every tick. Not part of `npm test` (most of an hour, every
// install's hourly runs through half a year): `npm run soak`.
import { Soak, type SoakReport } from './support/soak';

let report: SoakReport;

beforeAll(
  () => {
    const started = Date.now();
    report = new Soak({ users: 10, pairsPerUser: 20, weeks: 26, seed: 20261019 }).run();
    console.log(
      JSON.stringify({
        ...report,
        failedExecutions: report.failedExecutions.slice(0, 5),
        violations: report.violations.slice(0, 20),
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
  },
  3 * 60 * 60 * 1000,
);

describe('the full soak: 10 managers with 20 1:1s each over 26 weeks, half the reports running Tandem', () => {
  it('ran every tick, with people writing, ticking items off, moving and cancelling meetings', () => {
    expect(report.ticks).toBe(26 * 14);
    expect(report.edits).toBeGreaterThan(2500);
    expect(report.moves + report.cancellations).toBeGreaterThan(50);
  });

  it('the reports who run Tandem pressed "Add" and "Mark done"', () => {
    expect(report.installed).toBe(10 + 96);
    expect(report.questionsAdded).toBeGreaterThan(100);
    expect(report.itemsMarkedDoneByButton).toBeGreaterThan(50);
  });

  it('every execution succeeded', () => {
    expect(report.failedExecutions).toEqual([]);
  });

  it('53 of the 106 who run Tandem turned the reminder on, at every hour of the day, and got their reminders', () => {
    expect(report.reminders.remindersOn).toBe(53);
    expect(report.reminders.remindersDue).toBeGreaterThan(500);
    expect(report.reminders.remindersSent).toBeGreaterThanOrEqual(
      report.reminders.remindersDue - report.reminders.remindersExcused,
    );
  });

  it('after every tick: one doc per pair, one section per held or next meeting, nothing lost or doubled, both people’s records name the doc, no Tandem writes what it must not, each reminder once and to its owner alone, none missing', () => {
    expect(report.checks).toBe(report.ticks * 10 * 20);
    expect(report.violations).toEqual([]);
  });
});
