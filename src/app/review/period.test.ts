import fc from 'fast-check';
import { EARLIEST_REVIEW_YEAR, MAX_REVIEW_YEARS, monthsBefore, resolvePeriod } from './period';

const TODAY = '2026-11-23';

describe('resolvePeriod', () => {
  describe('when a preset period is chosen', () => {
    it.each([
      ['lastQuarter', '2026-08-23'],
      ['lastHalf', '2026-05-23'],
      ['lastYear', '2025-11-23'],
    ] as const)('%s runs from %s to today', (period, start) => {
      expect(resolvePeriod(period, null, null, TODAY)).toEqual({ ok: true, start, end: TODAY });
    });

    it('ignores dates typed for a custom period', () => {
      expect(resolvePeriod('lastYear', '2020-01-01', '2020-02-01', TODAY)).toEqual({
        ok: true,
        start: '2025-11-23',
        end: TODAY,
      });
    });
  });

  describe('when custom dates are chosen', () => {
    it('keeps valid dates, both days included', () => {
      expect(resolvePeriod('custom', '2026-09-01', '2026-09-30', TODAY)).toEqual({
        ok: true,
        start: '2026-09-01',
        end: '2026-09-30',
      });
    });

    it('allows exactly two years, not a day more', () => {
      expect(resolvePeriod('custom', '2024-11-23', TODAY, TODAY).ok).toBe(true);
      expect(resolvePeriod('custom', '2024-11-22', TODAY, TODAY)).toEqual({
        ok: false,
        problem: { kind: 'tooLong', maxYears: MAX_REVIEW_YEARS },
      });
    });

    it.each([
      [null, '2026-09-30', 'missingDates'],
      ['2026-09-01', null, 'missingDates'],
      ['2026-02-30', '2026-03-10', 'missingDates'],
      ['2026-10-01', '2026-09-30', 'endBeforeStart'],
      ['2026-11-01', '2026-11-24', 'inFuture'],
      ['2026-12-01', '2026-12-05', 'inFuture'],
    ])('refuses %s to %s: %s', (start, end, kind) => {
      expect(resolvePeriod('custom', start, end, TODAY)).toEqual({ ok: false, problem: { kind } });
    });

    it.each([
      ['0001-01-01', '2026-09-30'],
      ['1999-12-31', '2000-01-05'],
      ['0099-02-28', '0099-03-01'],
    ])('refuses %s to %s as too early, never reading year 1 as 1901', (start, end) => {
      expect(resolvePeriod('custom', start, end, TODAY)).toEqual({
        ok: false,
        problem: { kind: 'tooEarly', earliestYear: EARLIEST_REVIEW_YEAR },
      });
    });

    it('reads a date of a year before 100 as that year, not one of 19xx', () => {
      // Year 0 is a leap year, 1900 is not: 0000-02-29 is a real (too early) date.
      expect(resolvePeriod('custom', '0000-02-29', '2026-09-30', TODAY)).toEqual({
        ok: false,
        problem: { kind: 'tooEarly', earliestYear: EARLIEST_REVIEW_YEAR },
      });
    });

    it('accepts any ordered pair of past days at most two years apart (property)', () => {
      const day = fc
        .integer({ min: 0, max: 3000 })
        .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(day, day, (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const result = resolvePeriod('custom', start, end, '2028-12-31');
          const tooLong = monthsBefore(end, 24) > start;
          expect(result.ok).toBe(!tooLong);
          if (result.ok) expect([result.start, result.end]).toEqual([start, end]);
        }),
      );
    });
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2026-11-23', 3, '2026-08-23'],
    ['2026-05-31', 3, '2026-02-28'],
    ['2028-05-31', 3, '2028-02-29'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-01-15', 12, '2025-01-15'],
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => monthsBefore('2026-02-30', 1)).toThrow(RangeError);
  });
});
