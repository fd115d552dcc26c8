// Tests for reading event times: RFC 3339 instants with their offsets, real calendar dates, and
// all-day dates placed at local midnight across daylight-saving changes.
import { instantOf, localDateOf, parseDateTime, parseIsoDate, startOfDayIn } from './eventTime';

// Calendar v3 EventDateTime (https://developers.google.com/calendar/api/v3/reference/events):
// - date: "The date, in the format "yyyy-mm-dd", if this is an all-day event."
// - dateTime: "The time, as a combined date-time value (formatted according to RFC3339)."
// - timeZone: "For recurring events this field is required and specifies the time zone in which
//   the recurrence is expanded."

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

describe('parseDateTime', () => {
  it('reads the instant with its offset', () => {
    expect(parseDateTime('2026-11-24T10:00:00+01:00')).toBe(Date.UTC(2026, 10, 24, 9));
    expect(parseDateTime('2026-11-24T10:00:00Z')).toBe(Date.UTC(2026, 10, 24, 10));
    expect(parseDateTime('2026-11-24T10:00:00.250-05:00')).toBe(Date.UTC(2026, 10, 24, 15, 0, 0, 250));
  });

  describe('unusual offsets', () => {
    it.each([
      ['2026-11-24T00:15:00+05:45', Date.UTC(2026, 10, 23, 18, 30)],
      ['2026-11-24T08:00:00+13:00', Date.UTC(2026, 10, 23, 19)],
      ['2026-11-24T08:00:00-09:30', Date.UTC(2026, 10, 24, 17, 30)],
    ])('reads %s', (text, instant) => {
      expect(parseDateTime(text)).toBe(instant);
    });
  });

  describe('invalid input', () => {
    it.each([
      ['no offset (the host zone would decide)', '2026-11-24T10:00:00'],
      ['a date only', '2026-11-24'],
      ['an impossible date', '2026-02-30T10:00:00Z'],
      ['an impossible hour', '2026-11-24T25:00:00Z'],
      ['free text', 'next Tuesday'],
    ])('returns null for %s', (_what, text) => {
      expect(parseDateTime(text)).toBeNull();
    });
  });
});

describe('parseIsoDate', () => {
  it('reads a real date, leap days included', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '20261124', ''])('returns null for "%s"', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('localDateOf', () => {
  it('keeps the date written in the time, not the UTC date', () => {
    expect(localDateOf({ dateTime: '2026-11-24T00:15:00+05:45' })).toBe('2026-11-24');
    expect(localDateOf({ dateTime: '2026-11-24T23:30:00-05:00' })).toBe('2026-11-24');
  });

  it('returns the all-day date, and null for nothing readable', () => {
    expect(localDateOf({ date: '2026-11-24' })).toBe('2026-11-24');
    expect(localDateOf({ dateTime: 'soon' })).toBeNull();
    expect(localDateOf(undefined)).toBeNull();
  });
});

describe('startOfDayIn and all-day instants', () => {
  it('puts midnight in the given zone', () => {
    expect(startOfDayIn('2026-11-24', PARIS)).toBe(Date.UTC(2026, 10, 23, 23));
    expect(startOfDayIn('2026-11-24', 'Asia/Kathmandu')).toBe(Date.UTC(2026, 10, 23, 18, 15));
    expect(startOfDayIn('2026-11-24', 'UTC')).toBe(Date.UTC(2026, 10, 24));
  });

  describe('daylight-saving days', () => {
    it('uses summer time for midnight of the day Paris falls back (2026-10-25)', () => {
      expect(startOfDayIn('2026-10-25', PARIS)).toBe(Date.UTC(2026, 9, 24, 22));
      expect(startOfDayIn('2026-10-26', PARIS)).toBe(Date.UTC(2026, 9, 25, 23));
    });

    it('uses winter time for midnight of the day Paris springs forward (2027-03-28)', () => {
      expect(startOfDayIn('2027-03-28', PARIS)).toBe(Date.UTC(2027, 2, 27, 23));
      expect(startOfDayIn('2027-03-29', PARIS)).toBe(Date.UTC(2027, 2, 28, 22));
    });

    it('handles New York falling back on 2026-11-01', () => {
      expect(startOfDayIn('2026-11-01', NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 4));
      expect(startOfDayIn('2026-11-02', NEW_YORK)).toBe(Date.UTC(2026, 10, 2, 5));
    });
  });

  it('prefers the event time’s own zone over the fallback', () => {
    expect(instantOf({ date: '2026-11-24', timeZone: NEW_YORK }, PARIS)).toBe(Date.UTC(2026, 10, 24, 5));
    expect(instantOf({ date: '2026-11-24' }, PARIS)).toBe(Date.UTC(2026, 10, 23, 23));
    expect(instantOf({ date: '2026-11-24' })).toBe(Date.UTC(2026, 10, 24));
  });

  describe('invalid input', () => {
    it('reads an unknown zone as UTC rather than failing', () => {
      expect(startOfDayIn('2026-11-24', 'Mars/Olympus_Mons')).toBe(Date.UTC(2026, 10, 24));
    });

    it('returns null for a date that is not real, and for an empty time', () => {
      expect(startOfDayIn('2026-02-30', PARIS)).toBeNull();
      expect(instantOf({})).toBeNull();
    });
  });
});
