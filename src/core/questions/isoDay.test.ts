// Day numbers from ISO dates: the date as written, whole days, impossible dates refused.

import { isoDayNumber } from './isoDay';

describe('isoDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('1969-12-31')).toBe(-1);
  });

  it('gives 56 days between dates eight weeks apart, across a daylight-saving change', () => {
    // Europe and the US change clocks in late March; whole calendar days are unaffected.
    expect((isoDayNumber('2026-05-01') ?? 0) - (isoDayNumber('2026-03-06') ?? 0)).toBe(56);
  });

  describe('when given a date-time', () => {
    it('uses the date as written, whatever the offset', () => {
      expect(isoDayNumber('2026-11-24T23:30:00-08:00')).toBe(isoDayNumber('2026-11-24'));
      expect(isoDayNumber('2026-11-24T00:10:00+14:00')).toBe(isoDayNumber('2026-11-24'));
    });
  });

  describe('edge cases', () => {
    it('accepts 29 February in a leap year only', () => {
      expect(isoDayNumber('2028-02-29')).toBe((isoDayNumber('2028-03-01') ?? 0) - 1);
      expect(isoDayNumber('2026-02-29')).toBeNull();
    });

    it.each([
      '',
      'yesterday',
      '2026-11-31',
      '2026-13-01',
      '2026-00-10',
      '26-11-24',
      '2026/11/24',
      '2026-11-24x',
    ])('refuses %p', (text) => {
      expect(isoDayNumber(text)).toBeNull();
    });
  });
});
