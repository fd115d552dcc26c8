// Dates, intervals, counts and names as cards word them, in the viewer's locale and zone.
import {
  clampText,
  daysFrom,
  displayName,
  formatDay,
  formatMoment,
  formatTime,
  hourCycleFor,
  howOften,
  plural,
  whenDay,
  whenMeeting,
  whenMoment,
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

describe('the clock', () => {
  const at = Date.UTC(2026, 10, 24, 9, 5);

  it('follows a locale with a region: 12-hour in en-US, 24-hour in en-GB and fr-FR', () => {
    expect(formatTime(at, { ...PARIS_GB, locale: 'en-US' })).toBe('10:05 AM');
    expect(formatTime(at, PARIS_GB)).toBe('10:05');
    expect(formatTime(at, { ...PARIS_GB, locale: 'fr-FR' })).toBe('10:05');
  });

  it('uses the 24-hour clock for a bare language tag, which names no region’s habit', () => {
    expect(hourCycleFor('en')).toEqual({ hourCycle: 'h23' });
    expect(hourCycleFor('en-US')).toEqual({});
    expect(hourCycleFor('zh-Hant-TW')).toEqual({});
    expect(hourCycleFor('es-419')).toEqual({});
    expect(formatTime(at, { ...PARIS_GB, locale: 'en' })).toBe('10:05');
    expect(formatMoment(Date.UTC(2026, 10, 24, 14, 5), { ...PARIS_GB, locale: 'en' })).toBe(
      'Tue, Nov 24, 15:05',
    );
  });

  it('falls back to UTC for a zone Intl does not know', () => {
    expect(formatTime(at, { ...PARIS_GB, timeZone: 'Mars/Olympus' })).toBe('09:05 UTC');
  });
});

describe('whenMoment and whenMeeting', () => {
  const EN: Viewer = { timeZone: 'Europe/Paris', locale: 'en', today: '2026-11-23' };

  it('words an instant as today, tomorrow or its day, with its time where the viewer is', () => {
    expect(whenMoment(Date.UTC(2026, 10, 23, 9, 33), EN)).toBe('today at 10:33');
    expect(whenMoment(Date.UTC(2026, 10, 24, 9, 0), EN)).toBe('tomorrow at 10:00');
    expect(whenMoment(Date.UTC(2026, 10, 27, 9, 0), { ...EN, locale: 'en-US' })).toBe(
      'Fri, Nov 27 at 10:00 AM',
    );
  });

  it('takes the day where the viewer is: 08:00 in Paris is the evening before in Los Angeles', () => {
    const la: Viewer = { timeZone: 'America/Los_Angeles', locale: 'en-US', today: '2026-11-23' };
    expect(whenMoment(Date.UTC(2026, 10, 24, 7, 0), la)).toBe('today at 11:00 PM');
  });

  it('names a meeting by its day alone when its start is not known', () => {
    expect(whenMeeting('2026-11-24', null, EN)).toBe('tomorrow');
    expect(whenMeeting('2026-11-24', Date.UTC(2026, 10, 24, 9, 0), EN)).toBe('tomorrow at 10:00');
  });
});

describe('clampText', () => {
  it('leaves text within the limit as it is', () => {
    expect(clampText('send the doc', 140)).toBe('send the doc');
  });

  it('cuts longer text at a word, with an ellipsis, within the limit', () => {
    const long = 'send the design doc to Priya and the whole platform team before the review';
    const cut = clampText(long, 30);
    expect(cut).toBe('send the design doc to Priya…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(30);
  });

  it('cuts a long word mid-word rather than leave almost nothing, and counts emoji as one', () => {
    expect(clampText('x'.repeat(50), 10)).toBe('xxxxxxxxx…');
    expect(Array.from(clampText('🎉'.repeat(20), 10))).toHaveLength(10);
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
