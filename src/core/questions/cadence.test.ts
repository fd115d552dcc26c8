// The "goals every month or two" rule: growth and goals are due after 56 days untouched.

import { QUESTION_BANK } from './bank';
import { GROWTH_GOALS_CADENCE_DAYS, categoriesDueForCadence } from './cadence';
import { readHistory } from './history';
import { isoDayNumber } from './isoDay';

const today = isoDayNumber('2026-11-24') ?? Number.NaN;
const noHistory = readHistory([], QUESTION_BANK);

describe('categoriesDueForCadence', () => {
  it('is about eight weeks', () => {
    expect(GROWTH_GOALS_CADENCE_DAYS).toBe(56);
  });

  describe('when growth or goals were touched recently', () => {
    it('is due on day 56, not on day 55', () => {
      // 2026-09-29 is 56 days before 2026-11-24; 2026-09-30 is 55.
      expect(
        categoriesDueForCadence(today, { growth: '2026-09-29', goals: '2026-09-30' }, noHistory),
      ).toEqual(['growth']);
    });

    it('counts a question asked from the category as touching it', () => {
      const history = readHistory([{ questionId: 'goals-02', at: '2026-11-10' }], QUESTION_BANK);
      expect(categoriesDueForCadence(today, { growth: '2026-11-01', goals: '2026-06-01' }, history)).toEqual(
        [],
      );
    });
  });

  describe('when both are due', () => {
    it('puts the one untouched longest first', () => {
      expect(
        categoriesDueForCadence(today, { growth: '2026-08-01', goals: '2026-05-01' }, noHistory),
      ).toEqual(['goals', 'growth']);
    });

    it('puts a never-touched one ahead of a long-untouched one', () => {
      expect(categoriesDueForCadence(today, { goals: '2026-01-01' }, noHistory)).toEqual(['growth', 'goals']);
      expect(categoriesDueForCadence(today, { growth: '2026-01-01' }, noHistory)).toEqual([
        'goals',
        'growth',
      ]);
    });

    it('keeps growth before goals when they are tied', () => {
      expect(categoriesDueForCadence(today, {}, noHistory)).toEqual(['growth', 'goals']);
      expect(
        categoriesDueForCadence(today, { growth: '2026-08-01', goals: '2026-08-01' }, noHistory),
      ).toEqual(['growth', 'goals']);
    });
  });

  describe('edge cases', () => {
    it('does not count a date after today as overdue', () => {
      expect(
        categoriesDueForCadence(today, { growth: '2027-03-01', goals: '2027-03-01' }, noHistory),
      ).toEqual([]);
    });

    it('treats an unreadable date as never touched', () => {
      expect(categoriesDueForCadence(today, { growth: 'n/a', goals: '2026-11-20' }, noHistory)).toEqual([
        'growth',
      ]);
    });
  });
});
