// Dates, intervals, counts and names as cards word them, in the viewer's locale and zone.
import {
  daysFrom,
  displayName,
  formatDay,
  formatMoment,
  howOften,
  plural,
  whenDay,
  type Viewer,
} from './format';

const PARIS_GB: Viewer = { timeZone: 'Europe/Paris', locale: 'en-GB', today: '2026-11-23' };

describe('formatDay', () => {
  it('words a day of this year without the year, in the viewer’s locale', () => {
    expect(formatDay('2026-11-24', PARIS_GB)).toBe('Tue 24 Nov');
    expect(formatDay('2026-11-24', { ...PARIS_GB, locale: 'en-US' })).toBe('Tue, Nov 24');
    expect(formatDay('2026-11-24', { ...PARIS_GB, locale: 'fr-FR' })).toBe('mar. 24 nov.');
  });

  it('adds the year for another year', () => {
    expect(formatDay('2025-11-24', PARIS_GB)).toBe('Mon, 24 Nov 2025');
  });

  it('keeps the calendar day whatever the zone (a date has no zone)', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(formatDay('2026-11-24', { ...PARIS_GB, timeZone })).toBe('Tue 24 Nov');
    }
  });

  describe('edge cases', () => {
    it('falls back to the ISO date when the locale is not one Intl takes', () => {
      expect(formatDay('2026-11-24', { ...PARIS_GB, locale: 'not a locale!' })).toBe('2026-11-24');
    });

    it('returns text that is not a date as it is', () => {
      expect(formatDay('next Tuesday', PARIS_GB)).toBe('next Tuesday');
    });
  });
});

describe('formatMoment', () => {
  const at = Date.UTC(2026, 10, 24, 8, 30);

  it('words an instant in the viewer’s zone', () => {
    expect(formatMoment(at, PARIS_GB)).toBe('Tue 24 Nov, 09:30');
    expect(formatMoment(at, { ...PARIS_GB, timeZone: 'America/New_York' })).toBe('Tue 24 Nov, 03:30');
  });

  it('follows daylight saving time (Paris is UTC+2 in summer)', () => {
    expect(formatMoment(Date.UTC(2026, 6, 1, 8, 30), PARIS_GB)).toBe('Wed 1 Jul, 10:30');
  });

  describe('edge cases', () => {
    it('falls back to ISO in UTC when the zone is unknown', () => {
      expect(formatMoment(at, { ...PARIS_GB, timeZone: 'Mars/Olympus' })).toBe('2026-11-24 08:30 UTC');
    });

    it('says nothing for a value that is not a time', () => {
      expect(formatMoment(NaN, PARIS_GB)).toBe('');
    });
  });
});

describe('whenDay and daysFrom', () => {
  it('words yesterday, today and tomorrow, and other days by date', () => {
    expect(whenDay('2026-11-22', PARIS_GB)).toBe('yesterday');
    expect(whenDay('2026-11-23', PARIS_GB)).toBe('today');
    expect(whenDay('2026-11-24', PARIS_GB)).toBe('tomorrow');
    expect(whenDay('2026-11-30', PARIS_GB)).toBe('Mon 30 Nov');
  });

  it('counts calendar days across a daylight-saving change and a year end', () => {
    expect(daysFrom('2026-10-24', '2026-10-31')).toBe(7);
    expect(daysFrom('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysFrom('2026-11-24', '2026-11-20')).toBe(-4);
    expect(daysFrom('soon', '2026-11-20')).toBeNull();
  });
});

describe('howOften', () => {
  it.each([
    [1, 'every day'],
    [7, 'every week'],
    [14, 'every 2 weeks'],
    [21, 'every 3 weeks'],
    [30, 'every month'],
    [10, 'every 10 days'],
    [91, 'every 91 days'],
  ])('words %i days as "%s"', (days, words) => {
    expect(howOften(days)).toBe(words);
  });
});

describe('plural and displayName', () => {
  it('pluralises counts, with an irregular plural when given', () => {
    expect(plural(0, 'item')).toBe('0 items');
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(2, 'piece of feedback', 'pieces of feedback')).toBe('2 pieces of feedback');
  });

  it('calls a person by name, else by email', () => {
    expect(displayName({ email: 'bob@x.com', name: 'Bob Okafor' })).toBe('Bob Okafor');
    expect(displayName({ email: 'bob@x.com', name: '  ' })).toBe('bob@x.com');
    expect(displayName({ email: 'bob@x.com', name: null })).toBe('bob@x.com');
  });
});
