// Tests for a pair's cadence: last met, usual interval, 90-day counts, and the two homepage
// warnings, with cancelled, declined and moved meetings and daylight-saving weeks.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { cadence } from './cadence';
import { DAY_MS } from './meetingDate';

// Calendar v3 facts (https://developers.google.com/calendar/api/v3/reference/events): cancelled
// exceptions carry at least id, recurringEventId and originalStartTime; originalStartTime stays
// the planned time when an instance is moved; responseStatus "declined" is a decline.

type CalendarEvent = calendar_v3.Schema$Event;

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

/** Alice and Bob's 1:1 at 10:00–10:30 local on `date`, held unless told otherwise. */
function on(date: string, offset = '+01:00', extra: CalendarEvent = {}): CalendarEvent {
  const start = `${date}T10:00:00${offset}`;
  return {
    id: `series_${date}`,
    recurringEventId: 'series',
    start: { dateTime: start },
    end: { dateTime: `${date}T10:30:00${offset}` },
    originalStartTime: { dateTime: start },
    attendees: [
      { email: ALICE, self: true, responseStatus: 'accepted' },
      { email: BOB, responseStatus: 'accepted' },
    ],
    ...extra,
  };
}
const cancelled = (date: string): CalendarEvent => ({
  id: `series_${date}`,
  recurringEventId: 'series',
  status: 'cancelled',
  originalStartTime: { dateTime: `${date}T10:00:00+01:00` },
});
const declinedByBob = (date: string): CalendarEvent =>
  on(date, '+01:00', {
    attendees: [
      { email: ALICE, self: true },
      { email: BOB, responseStatus: 'declined' },
    ],
  });

/** Tuesdays from 2026-09-01 to 2026-11-17 (12 meetings), all in winter time for simplicity. */
const TWELVE_TUESDAYS = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2026, 8, 1) + i * 7 * DAY_MS).toISOString().slice(0, 10),
);
const DAY_AFTER_LAST = new Date('2026-11-18T08:00:00Z');

describe('cadence', () => {
  describe('when the pair meets every week', () => {
    it('gives the last meeting, a 7-day interval, the count and no warning', () => {
      expect(
        cadence(
          TWELVE_TUESDAYS.map((d) => on(d)),
          DAY_AFTER_LAST,
        ),
      ).toEqual({
        lastMet: '2026-11-17',
        usualIntervalDays: 7,
        held: 12,
        cancelled: 0,
        warnings: [],
      });
    });

    it('counts only the last 90 days, but remembers an older last meeting', () => {
      const now = new Date('2026-12-20T08:00:00Z');
      const result = cadence(
        TWELVE_TUESDAYS.map((d) => on(d)),
        now,
      );
      expect(result.held).toBe(9); // 2026-09-22 onwards; 90 days before is 2026-09-21
      expect(result.lastMet).toBe('2026-11-17');
    });

    it('does not count future meetings', () => {
      expect(
        cadence(
          TWELVE_TUESDAYS.map((d) => on(d)),
          new Date('2026-09-09T08:00:00Z'),
        ).held,
      ).toBe(2);
    });
  });

  describe('usual interval', () => {
    it('is 14 days for a fortnightly 1:1', () => {
      const fortnightly = ['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-13'].map((d) => on(d));
      expect(cadence(fortnightly, new Date('2026-10-14T00:00:00Z')).usualIntervalDays).toBe(14);
    });

    it('is the median gap, a half day rounding up', () => {
      const mixed = ['2026-11-03', '2026-11-10', '2026-11-24'].map((d) => on(d));
      expect(cadence(mixed, new Date('2026-11-25T00:00:00Z')).usualIntervalDays).toBe(11);
      const mostlyWeekly = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-11-10'].map((d) => on(d));
      expect(cadence(mostlyWeekly, new Date('2026-11-11T00:00:00Z')).usualIntervalDays).toBe(7);
    });

    it('is null with fewer than two meetings held', () => {
      expect(cadence([on('2026-11-17')], DAY_AFTER_LAST).usualIntervalDays).toBeNull();
      expect(cadence([], DAY_AFTER_LAST)).toEqual({
        lastMet: null,
        usualIntervalDays: null,
        held: 0,
        cancelled: 0,
        warnings: [],
      });
    });
  });

  describe('no 1:1 in more than 14 days', () => {
    it('warns 15 days after the last meeting, with the number of days', () => {
      const result = cadence([on('2026-11-03')], new Date('2026-11-18T10:00:00Z'));
      expect(result.warnings).toEqual([{ kind: 'noRecentMeeting', days: 15 }]);
    });

    it('does not warn exactly 14 days after', () => {
      expect(cadence([on('2026-11-03')], new Date('2026-11-17T09:30:00Z')).warnings).toEqual([]);
    });

    it('warns when every meeting of the last weeks was cancelled', () => {
      const list = [cancelled('2026-11-03'), cancelled('2026-11-10'), cancelled('2026-11-17')];
      expect(cadence(list, new Date('2026-11-20T08:00:00Z')).warnings).toEqual([
        { kind: 'noRecentMeeting', days: 16 }, // since the first planned meeting, 2026-11-03T09:00Z
        { kind: 'manyCancellations', cancelled: 3, occurrences: 3 },
      ]);
    });

    it('does not warn for a new series that has not met yet', () => {
      expect(
        cadence([on('2026-11-24'), on('2026-12-01')], new Date('2026-11-20T08:00:00Z')).warnings,
      ).toEqual([]);
    });
  });

  describe('many cancellations', () => {
    it('warns when more than a third were cancelled or declined, counting both', () => {
      const list = [
        on('2026-10-13'),
        on('2026-10-20'),
        cancelled('2026-10-27'),
        on('2026-11-03'),
        declinedByBob('2026-11-10'),
      ];
      const result = cadence(list, new Date('2026-11-11T08:00:00Z'));
      expect(result).toMatchObject({ held: 3, cancelled: 2 });
      expect(result.warnings).toEqual([{ kind: 'manyCancellations', cancelled: 2, occurrences: 5 }]);
    });

    it('does not warn at exactly a third', () => {
      const list = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-11-03'].map((d) => on(d));
      const result = cadence(
        [...list, cancelled('2026-10-27'), cancelled('2026-11-10')],
        new Date('2026-11-11T08:00:00Z'),
      );
      expect(result.warnings).toEqual([]);
    });

    it('does not warn on one cancellation out of two meetings', () => {
      expect(
        cadence([on('2026-11-03'), cancelled('2026-11-10')], new Date('2026-11-11T08:00:00Z')).warnings,
      ).toEqual([]);
    });

    it('does not count cancellations of meetings still to come', () => {
      const list = [on('2026-11-03'), on('2026-11-10'), cancelled('2026-11-24'), cancelled('2026-12-01')];
      expect(cadence(list, new Date('2026-11-11T08:00:00Z'))).toMatchObject({ cancelled: 0, warnings: [] });
    });

    it('counts a cancellation by its planned date, not when it was made', () => {
      const list = [on('2026-08-04'), cancelled('2026-08-11'), on('2026-11-03'), on('2026-11-10')];
      expect(cadence(list, new Date('2026-11-11T08:00:00Z')).cancelled).toBe(0); // 2026-08-11 is 92 days back
    });
  });

  describe('edge cases', () => {
    it('keeps a weekly interval across the Paris daylight-saving weeks', () => {
      const autumn = [on('2026-10-20', '+02:00'), on('2026-10-27', '+01:00'), on('2026-11-03', '+01:00')];
      expect(cadence(autumn, new Date('2026-11-04T00:00:00Z')).usualIntervalDays).toBe(7);
      const spring = [on('2027-03-23', '+01:00'), on('2027-03-30', '+02:00'), on('2027-04-06', '+02:00')];
      expect(cadence(spring, new Date('2027-04-07T00:00:00Z')).usualIntervalDays).toBe(7);
    });

    it('keeps a weekly interval across the New York change', () => {
      const list = [on('2026-10-27', '-04:00'), on('2026-11-03', '-05:00'), on('2026-11-10', '-05:00')];
      expect(cadence(list, new Date('2026-11-11T00:00:00Z')).usualIntervalDays).toBe(7);
    });

    it('uses the new date of a moved meeting', () => {
      const moved = on('2026-11-12', '+01:00', {
        id: 'series_2026-11-10',
        originalStartTime: { dateTime: '2026-11-10T10:00:00+01:00' },
      });
      const result = cadence([on('2026-11-03'), moved, on('2026-11-17')], DAY_AFTER_LAST);
      expect(result).toMatchObject({ lastMet: '2026-11-17', held: 3, cancelled: 0, usualIntervalDays: 7 }); // gaps 9 and 5
    });

    it('dates a late meeting spanning midnight by its start, in the user’s zone (+05:45)', () => {
      const late = { ...on('2026-11-17', '+05:45'), end: { dateTime: '2026-11-18T00:30:00+05:45' } };
      late.start = { dateTime: '2026-11-17T23:45:00+05:45' };
      expect(cadence([late], new Date('2026-11-18T08:00:00Z')).lastMet).toBe('2026-11-17');
    });

    it('ignores a room that declined', () => {
      const withRoom = on('2026-11-17', '+01:00', {
        attendees: [
          { email: ALICE, self: true },
          { email: BOB },
          { email: 'room@resource.calendar.google.com', resource: true, responseStatus: 'declined' },
        ],
      });
      expect(cadence([withRoom], DAY_AFTER_LAST)).toMatchObject({ held: 1, cancelled: 0 });
    });
  });
});
