// Tests for a meeting's local date and its section heading, across zones, moves, cancellations,
// midnight and daylight-saving weeks.
import fc from 'fast-check';
import { daysBetween, meetingDate, sectionLabel } from './meetingDate';

// Calendar v3 (https://developers.google.com/calendar/api/v3/reference/events):
// - events.list / events.instances `timeZone`: "Time zone used in the response." — the shell sets
//   it to the user's zone, so dateTime strings carry the user's offset.
// - originalStartTime: "For an instance of a recurring event, this is the time at which this event
//   would start according to the recurrence data ... even if the instance was moved".
// - Cancelled exceptions "are only guaranteed to have values for the id, recurringEventId and
//   originalStartTime fields populated."

describe('meetingDate', () => {
  it('is the local date written in start.dateTime', () => {
    expect(meetingDate({ start: { dateTime: '2026-11-24T10:00:00+01:00' } })).toBe('2026-11-24');
  });

  it('is the date of an all-day event', () => {
    expect(meetingDate({ start: { date: '2026-11-24' }, end: { date: '2026-11-25' } })).toBe('2026-11-24');
  });

  describe('edge cases', () => {
    it('is the local date when UTC is already the day before (+05:45) or after (-05:00)', () => {
      expect(meetingDate({ start: { dateTime: '2026-11-24T00:15:00+05:45' } })).toBe('2026-11-24');
      expect(meetingDate({ start: { dateTime: '2026-11-24T08:00:00+13:00' } })).toBe('2026-11-24');
      expect(meetingDate({ start: { dateTime: '2026-11-24T21:00:00-05:00' } })).toBe('2026-11-24');
    });

    it('is the start date of a meeting spanning midnight', () => {
      const lateCall = {
        start: { dateTime: '2026-11-24T23:30:00+01:00' },
        end: { dateTime: '2026-11-25T00:30:00+01:00' },
      };
      expect(meetingDate(lateCall)).toBe('2026-11-24');
    });

    it('is the new date of a moved instance', () => {
      const moved = {
        start: { dateTime: '2026-11-25T10:00:00+01:00' },
        originalStartTime: { dateTime: '2026-11-24T10:00:00+01:00' },
      };
      expect(meetingDate(moved)).toBe('2026-11-25');
    });

    it('is the planned date of a cancelled exception that has only originalStartTime', () => {
      const cancelled = {
        id: 'x_20261124',
        status: 'cancelled',
        originalStartTime: { dateTime: '2026-11-24T10:00:00+01:00' },
      };
      expect(meetingDate(cancelled)).toBe('2026-11-24');
    });

    it('keeps the local date on daylight-saving Sundays', () => {
      expect(meetingDate({ start: { dateTime: '2026-10-25T00:30:00+02:00' } })).toBe('2026-10-25');
      expect(meetingDate({ start: { dateTime: '2027-03-28T03:30:00+02:00' } })).toBe('2027-03-28');
      expect(meetingDate({ start: { dateTime: '2026-11-01T01:30:00-05:00' } })).toBe('2026-11-01');
    });

    it('is null for an event with no readable time', () => {
      expect(meetingDate({})).toBeNull();
      expect(meetingDate({ start: { dateTime: '2026-11-24T10:00:00' } })).toBeNull();
    });
  });
});

describe('sectionLabel', () => {
  it('writes the ISO date, a middle dot and the English weekday', () => {
    expect(sectionLabel('2026-11-24')).toBe('2026-11-24 · Tuesday');
    expect(sectionLabel('2026-11-17')).toBe('2026-11-17 · Tuesday');
    expect(sectionLabel('2027-01-01')).toBe('2027-01-01 · Friday');
  });

  describe('edge cases', () => {
    it('names the weekday of a leap day and of daylight-saving Sundays', () => {
      expect(sectionLabel('2028-02-29')).toBe('2028-02-29 · Tuesday');
      expect(sectionLabel('2026-10-25')).toBe('2026-10-25 · Sunday');
      expect(sectionLabel('2027-03-28')).toBe('2027-03-28 · Sunday');
    });

    it('advances the weekday by one for each next day', () => {
      const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
          const date = new Date(Date.UTC(2000, 0, 2) + offset * 86_400_000).toISOString().slice(0, 10);
          // 2000-01-02 was a Sunday.
          expect(sectionLabel(date)).toBe(`${date} · ${weekdays[offset % 7]}`);
        }),
      );
    });

    it.each(['2026-02-30', '24/11/2026', '2026-11-24T10:00:00Z', ''])(
      'throws a RangeError for "%s"',
      (text) => {
        expect(() => sectionLabel(text)).toThrow(RangeError);
      },
    );
  });
});

describe('daysBetween', () => {
  it('counts calendar days, also across daylight-saving changes', () => {
    expect(daysBetween('2026-10-20', '2026-10-27')).toBe(7);
    expect(daysBetween('2027-03-23', '2027-03-30')).toBe(7);
    expect(daysBetween('2026-11-24', '2026-11-17')).toBe(-7);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('throws a RangeError for a date that is not real', () => {
    expect(() => daysBetween('2026-11-24', 'tomorrow')).toThrow(RangeError);
  });
});
