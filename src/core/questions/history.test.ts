// Reading a pair's history: counts and last days per question and per category, and the
// later of "discussed" and "asked" as the day a category was last touched.

import { QUESTION_BANK } from './bank';
import { lastTouchedDay, readHistory } from './history';
import { isoDayNumber } from './isoDay';

const day = (text: string) => isoDayNumber(text) ?? Number.NaN;

describe('readHistory', () => {
  it('counts each time a question was asked and keeps its latest day, in any input order', () => {
    const history = readHistory(
      [
        { questionId: 'wins-01', at: '2026-11-17' },
        { questionId: 'wins-01', at: '2026-10-06' },
        { questionId: 'growth-02', at: '2026-09-01T10:00:00Z' },
      ],
      QUESTION_BANK,
    );
    expect(history.timesAsked.get('wins-01')).toBe(2);
    expect(history.timesAsked.get('growth-02')).toBe(1);
    expect(history.timesAsked.has('wins-02')).toBe(false);
    expect(history.lastAskedDay.get('wins-01')).toBe(day('2026-11-17'));
    expect(history.lastAskedDayByCategory).toEqual({ wins: day('2026-11-17'), growth: day('2026-09-01') });
  });

  describe('edge cases', () => {
    it('ignores questions that are not in the pool, such as a deleted custom question', () => {
      const history = readHistory([{ questionId: 'custom-gone', at: '2026-11-17' }], QUESTION_BANK);
      expect(history.timesAsked.size).toBe(0);
      expect(history.lastAskedDayByCategory).toEqual({});
    });

    it('counts a question asked on an unreadable date, without a day', () => {
      const history = readHistory([{ questionId: 'team-03', at: 'last Tuesday' }], QUESTION_BANK);
      expect(history.timesAsked.get('team-03')).toBe(1);
      expect(history.lastAskedDay.has('team-03')).toBe(false);
      expect(history.lastAskedDayByCategory.team).toBeUndefined();
    });
  });
});

describe('lastTouchedDay', () => {
  const history = readHistory([{ questionId: 'growth-01', at: '2026-10-01' }], QUESTION_BANK);

  it('takes the later of the discussed day and the asked day', () => {
    expect(lastTouchedDay('growth', { growth: '2026-09-01' }, history)).toBe(day('2026-10-01'));
    expect(lastTouchedDay('growth', { growth: '2026-11-01' }, history)).toBe(day('2026-11-01'));
  });

  it('falls back to whichever one is known', () => {
    expect(lastTouchedDay('growth', {}, history)).toBe(day('2026-10-01'));
    expect(lastTouchedDay('goals', { goals: '2026-08-15' }, history)).toBe(day('2026-08-15'));
  });

  it('is null for a category never discussed nor asked, or discussed on an unreadable date', () => {
    expect(lastTouchedDay('goals', {}, history)).toBeNull();
    expect(lastTouchedDay('goals', { goals: 'soon' }, history)).toBeNull();
  });
});
