import { isIsoDate, leadingIsoDate } from './dates';

describe('isIsoDate', () => {
  it('accepts a real date written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-24')).toBe(true);
  });

  describe('edge cases', () => {
    it('accepts 29 February in a leap year only', () => {
      expect(isIsoDate('2028-02-29')).toBe(true);
      expect(isIsoDate('2026-02-29')).toBe(false);
      expect(isIsoDate('2000-02-29')).toBe(true);
      expect(isIsoDate('2100-02-29')).toBe(false);
    });

    it('rejects days and months that do not exist', () => {
      expect(isIsoDate('2026-02-30')).toBe(false);
      expect(isIsoDate('2026-04-31')).toBe(false);
      expect(isIsoDate('2026-13-45')).toBe(false);
      expect(isIsoDate('2026-00-10')).toBe(false);
      expect(isIsoDate('2026-01-00')).toBe(false);
    });

    it('rejects other spellings', () => {
      expect(isIsoDate('2026-1-5')).toBe(false);
      expect(isIsoDate('2026/11/24')).toBe(false);
      expect(isIsoDate(' 2026-11-24')).toBe(false);
      expect(isIsoDate('2026-11-24T10:00')).toBe(false);
    });
  });
});

describe('leadingIsoDate', () => {
  it('reads the date a heading starts with', () => {
    expect(leadingIsoDate('2026-11-24 · Tuesday')).toBe('2026-11-24');
    expect(leadingIsoDate('2026-11-24')).toBe('2026-11-24');
  });

  describe('edge cases', () => {
    it('finds no date in a heading that only looks like one', () => {
      expect(leadingIsoDate('2026-13-45 · Tuesday')).toBeNull();
      expect(leadingIsoDate('2026-11-245')).toBeNull();
    });

    it('finds no date that is not first', () => {
      expect(leadingIsoDate('Notes 2026-11-24')).toBeNull();
      expect(leadingIsoDate('')).toBeNull();
    });
  });
});
